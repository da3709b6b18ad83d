import { FilesError } from '@saffron/client/files';
import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { importFailure } from './import-failure.ts';

/** An api refusal as the tRPC client makes it; without data, no answer came from Saffron. */
const apiError = (message: string, data?: Record<string, unknown>) =>
  new TRPCClientError(message, data && { result: { error: { data } } as never });

describe('why an import could not go ahead', () => {
  it('names the field’s problem: a private address, too many links', () => {
    const refused = apiError('Invalid input', {
      httpStatus: 400,
      fieldErrors: { url: ['Addresses on private networks cannot be imported'] },
    });
    expect(importFailure(refused)).toBe('Addresses on private networks cannot be imported');
    const many = apiError('Invalid input', {
      httpStatus: 400,
      fieldErrors: { urls: ['At most 200 links at once'] },
    });
    expect(importFailure(many)).toBe('At most 200 links at once');
  });

  it('passes on what the server said about the page: no recipe, blocked, too slow', () => {
    const none = apiError('No recipe found on that page', { httpStatus: 422 });
    expect(importFailure(none)).toBe('No recipe found on that page');
    expect(importFailure(new FilesError(413, 'The export is larger than 500 MB'))).toBe(
      'The export is larger than 500 MB',
    );
  });

  it('says when Saffron was not reached, and never shows a 500’s message', () => {
    expect(importFailure(apiError('fetch failed'))).toMatch(/Could not reach Saffron/);
    expect(importFailure(new FilesError(0, 'x'))).toMatch(/Could not reach Saffron/);
    expect(importFailure(apiError('TypeError at line 3', { httpStatus: 500 }))).toBe(
      'Something went wrong on our side.',
    );
  });
});
