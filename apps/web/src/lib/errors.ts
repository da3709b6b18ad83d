import { httpStatusOf, isUnreachable } from '@saffron/client';

/** A refusal from the files service, with its HTTP status (0 when it could not be reached). */
export class FilesError extends Error {
  override readonly name = 'FilesError';
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

/**
 * The HTTP status behind a failed api or files call: 0 when Saffron could not be reached,
 * undefined for anything that is not a call's error. One reading for both services, so the
 * app treats a 401 or a lost connection the same whichever answered.
 */
export function statusOf(error: unknown): number | undefined {
  if (error instanceof FilesError) return error.status;
  return isUnreachable(error) ? 0 : httpStatusOf(error);
}
