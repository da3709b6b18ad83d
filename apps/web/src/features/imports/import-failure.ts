import { fieldErrorsOf } from '@saffron/client';
import { statusOf } from '../../lib/errors.ts';

/**
 * Why an import could not go ahead, in the server's words when it gave some (the field's own
 * message first: "…private networks…", "At most 200 links"), never a 500's.
 */
export function importFailure(error: unknown): string {
  const status = statusOf(error);
  if (status === 0) return 'Could not reach Saffron. Check your connection and try again.';
  const fields = fieldErrorsOf(error);
  const named = fields.url?.[0] ?? fields.urls?.[0] ?? fields.html?.[0] ?? fields.file?.[0];
  if (named) return named;
  if (status === 500 || !(error instanceof Error)) return 'Something went wrong on our side.';
  return error.message;
}
