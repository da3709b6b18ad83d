import { MutationObserver } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppQueryClient } from './api.ts';
import { connectivity } from './connectivity.ts';
import { FilesError } from '@saffron/client/files';

afterEach(() => vi.restoreAllMocks());

/** A change that the files service refuses with `status`, run through the app's query client. */
async function failingFilesChange(status: number) {
  const events = { onUnauthorized: vi.fn(), onOfflineMutation: vi.fn() };
  const unreachable = vi.spyOn(connectivity, 'reportUnreachable').mockImplementation(() => {});
  const change = new MutationObserver(createAppQueryClient(events), {
    mutationFn: () => Promise.reject(new FilesError(status, 'refused')),
  });
  await change.mutate().catch(() => {});
  return { ...events, unreachable };
}

describe('the app query client with files service errors', () => {
  it('sends the person to sign in on a 401, as for the api', async () => {
    const { onUnauthorized, unreachable } = await failingFilesChange(401);
    expect(onUnauthorized).toHaveBeenCalledOnce();
    expect(unreachable).not.toHaveBeenCalled();
  });

  it('marks the connection down when the service could not be reached', async () => {
    const { onUnauthorized, unreachable } = await failingFilesChange(0);
    expect(unreachable).toHaveBeenCalledOnce();
    expect(onUnauthorized).not.toHaveBeenCalled();
  });
});
