import { AppError } from '@saffron/shared';

/** The 503 for a dependency that failed: a message a person can act on, and when to retry. */
export function dependencyUnavailable(what: string, cause: unknown): AppError {
  return new AppError(
    'SERVICE_UNAVAILABLE',
    `${what} is unavailable right now; try again shortly`,
    {
      cause,
      retryAfterSeconds: 5,
    },
  );
}

/**
 * Runs an operation against an infrastructure dependency; a failure of the dependency
 * (not a domain error) becomes a 503 with a message a person can act on.
 */
export async function guardDependency<T>(what: string, operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw dependencyUnavailable(what, error);
  }
}
