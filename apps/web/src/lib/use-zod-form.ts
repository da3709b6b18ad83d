import { fieldErrorsOf } from '@saffron/client';
import { fieldErrorsFrom, type FieldErrors } from '@saffron/shared';
import { useState, type ChangeEvent } from 'react';
import type { z } from 'zod';

/**
 * Form state validated by the same zod schema the API uses, so a field shows the same
 * message whether the browser or the server caught the mistake.
 */
export function useZodForm<Schema extends z.ZodType<unknown, Record<string, unknown>>>(
  schema: Schema,
  initial: z.input<Schema>,
) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});

  const set = <K extends keyof z.input<Schema>>(name: K, value: z.input<Schema>[K]) =>
    setValues((current) => ({ ...current, [name]: value }));

  /** Props for a text <Field> bound to `name`. */
  const text = (name: keyof z.input<Schema> & string) => ({
    name,
    value: String(values[name] ?? ''),
    errors: errors[name],
    onChange: (event: ChangeEvent<HTMLInputElement>) =>
      set(name, event.target.value as z.input<Schema>[typeof name]),
  });

  /** The parsed values, or undefined after showing what is wrong. */
  const validate = (): z.output<Schema> | undefined => {
    const result = schema.safeParse(values);
    if (result.success) {
      setErrors({});
      return result.data;
    }
    setErrors(fieldErrorsFrom(result.error));
    return undefined;
  };

  /** Field errors the server sent back (409 username taken, 400 wrong current password, ...). */
  const showServerErrors = (error: unknown) => setErrors(fieldErrorsOf(error));

  return { values, setValues, set, errors, setErrors, text, validate, showServerErrors };
}
