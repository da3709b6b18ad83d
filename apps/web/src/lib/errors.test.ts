import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { FilesError } from '@saffron/client/files';
import { statusOf } from './errors.ts';

/** An api error as the tRPC client makes it; without data, no answer came from Saffron. */
const apiError = (data?: { httpStatus: number }) =>
  new TRPCClientError('failed', data && { result: { error: { data } } as never });

describe('statusOf', () => {
  it('reads the status of a files service error, 0 when it was not reached', () => {
    expect(statusOf(new FilesError(401, 'Sign in again'))).toBe(401);
    expect(statusOf(new FilesError(0, 'Could not reach Saffron'))).toBe(0);
  });

  it('reads the status of an api error, 0 when it was not reached', () => {
    expect(statusOf(apiError({ httpStatus: 404 }))).toBe(404);
    expect(statusOf(apiError())).toBe(0);
  });

  it('has no status for errors that are not a call’s', () => {
    expect(statusOf(new Error('bug'))).toBeUndefined();
  });
});
