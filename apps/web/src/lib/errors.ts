import { httpStatusOf, isUnreachable } from '@saffron/client';
import { FilesError } from '@saffron/client/files';

/**
 * The HTTP status behind a failed api or files call: 0 when Saffron could not be reached,
 * undefined for anything that is not a call's error. One reading for both services, so the
 * app treats a 401 or a lost connection the same whichever answered.
 */
export function statusOf(error: unknown): number | undefined {
  if (error instanceof FilesError) return error.status;
  return isUnreachable(error) ? 0 : httpStatusOf(error);
}
