import { fieldErrorsFrom } from '@saffron/shared';
import type { z } from 'zod';
import { useForm } from './use-form.ts';

/**
 * A form validated by the same zod schema the API uses, so a field shows the same
 * message whether the browser or the server caught the mistake.
 */
export function useZodForm<Schema extends z.ZodType<unknown, Record<string, unknown>>>(
  schema: Schema,
  initial: z.input<Schema>,
) {
  return useForm<z.input<Schema>, z.output<Schema>>((values) => {
    const result = schema.safeParse(values);
    return result.success
      ? { ok: true, data: result.data }
      : { ok: false, errors: fieldErrorsFrom(result.error) };
  }, initial);
}
