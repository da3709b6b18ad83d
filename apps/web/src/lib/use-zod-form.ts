import { fieldErrorsFrom } from '@saffron/shared';
import type { z } from 'zod';
import { useForm, type Validator } from './use-form.ts';

type FormSchema = z.ZodType<unknown, Record<string, unknown>>;

/** Validation by the API's own zod schema, with its messages per field. */
export function zodValidator<Schema extends FormSchema>(
  schema: Schema,
): Validator<z.input<Schema>, z.output<Schema>> {
  return (values) => {
    const result = schema.safeParse(values);
    return result.success
      ? { ok: true, data: result.data }
      : { ok: false, errors: fieldErrorsFrom(result.error) };
  };
}

/**
 * A form validated by the same zod schema the API uses, so a field shows the same
 * message whether the browser or the server caught the mistake.
 */
export function useZodForm<Schema extends FormSchema>(schema: Schema, initial: z.input<Schema>) {
  return useForm(zodValidator(schema), initial);
}
