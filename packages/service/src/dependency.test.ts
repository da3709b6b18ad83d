import { AppError } from '@saffron/shared';
import { describe, expect, it } from 'vitest';
import { dependencyUnavailable, guardDependency } from './dependency.ts';

describe('dependency failures', () => {
  it('become a 503 that says what is down and when to retry', () => {
    const cause = new Error('connection refused');
    const error = dependencyUnavailable('File storage', cause);
    expect(error).toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      message: 'File storage is unavailable right now; try again shortly',
      retryAfterSeconds: 5,
      cause,
    });
  });

  it('are wrapped by guardDependency, while domain errors pass through', async () => {
    const cause = new Error('connection refused');
    await expect(guardDependency('Search', () => Promise.reject(cause))).rejects.toEqual(
      dependencyUnavailable('Search', cause),
    );
    const notFound = AppError.notFound('Recipe');
    await expect(guardDependency('Search', () => Promise.reject(notFound))).rejects.toBe(notFound);
  });
});
