import { z } from 'zod';

/** Adds a `confirm` field that must repeat `passwordKey`, reported on `confirm`. */
export function withConfirmation<Schema extends z.ZodType<Record<string, unknown>>>(
  schema: Schema,
  passwordKey: keyof z.output<Schema> & string,
) {
  // An intersection, not .extend(): zod refuses to extend a schema that has refinements.
  return schema
    .and(z.object({ confirm: z.string() }))
    .refine((form) => form[passwordKey] === form.confirm, {
      path: ['confirm'],
      error: 'The passwords do not match',
    });
}
