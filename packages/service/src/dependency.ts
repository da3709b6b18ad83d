import { AppError } from '@saffron/shared';

/**
 * Runs an operation against an infrastructure dependency; a failure of the dependency
 * (not a domain error) becomes a 503 with a message a person can act on.
 */
export async function guardDependency<T>(what: string, operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError(
      'SERVICE_UNAVAILABLE',
      `${what} is unavailable right now; try again shortly`,
      {
        cause: error,
        retryAfterSeconds: 5,
      },
    );
  }
}
