import type { z } from 'zod';
import type { FieldErrors } from './errors.ts';

/**
 * Flattens zod issues to "path.to.field" -> messages. Forms and the API both use it, so
 * the message a user sees under a field is the one the server would have sent.
 */
export function fieldErrorsFrom(error: z.ZodError): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.') || '_form';
    (fieldErrors[path] ??= []).push(issue.message);
  }
  return fieldErrors;
}
