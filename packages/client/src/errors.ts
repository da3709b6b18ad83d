import type { AppRouter } from '@saffron/api';
import { TRPCClientError } from '@trpc/client';

export type SaffronClientError = TRPCClientError<AppRouter>;

export function isSaffronError(error: unknown): error is SaffronClientError {
  return error instanceof TRPCClientError;
}

/** The HTTP status behind a failed call (401, 404, 429, ...), or undefined for network failures. */
export function httpStatusOf(error: unknown): number | undefined {
  return isSaffronError(error) ? error.data?.httpStatus : undefined;
}

/** Field path to messages, as the API reports invalid input. */
export function fieldErrorsOf(error: unknown): Record<string, string[]> {
  return (isSaffronError(error) && error.data?.fieldErrors) || {};
}

export function retryAfterOf(error: unknown): number | undefined {
  return isSaffronError(error) ? error.data?.retryAfterSeconds : undefined;
}

/**
 * The call never got an answer from Saffron: no connection, or something in between (a
 * proxy's error page) answered instead. Worth retrying once the connection is back.
 */
export function isUnreachable(error: unknown): boolean {
  return isSaffronError(error) && error.data?.httpStatus === undefined;
}
