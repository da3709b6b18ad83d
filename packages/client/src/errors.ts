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

/** What to tell someone whose sign-in failed, in either app. */
export function signInFailureMessage(error: unknown): string {
  const status = httpStatusOf(error);
  if (status === 401) return 'That username and password do not match an account.';
  if (status === 403)
    return error instanceof Error ? error.message : 'This account cannot sign in.';
  if (status === 429) {
    const minutes = Math.ceil((retryAfterOf(error) ?? 60) / 60);
    return `Too many attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
  }
  if (status === 503) return 'Signing in is unavailable for a moment. Try again shortly.';
  return 'Could not reach Saffron. Check your connection and try again.';
}
