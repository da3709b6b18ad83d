import { z } from 'zod';

export const ZId = z.uuid({ error: 'Must be a valid id' });

/** A trimmed line of text; `max` keeps rows and indexes bounded. */
export const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `Must be at most ${max} characters` });

export const requiredText = (max: number, label: string) =>
  text(max).min(1, { error: `${label} is required` });

/** Empty strings from forms mean "not given". Optional outermost, so the key stays optional in both types. */
export const optionalText = (max: number) =>
  text(max)
    .transform((value) => (value === '' ? undefined : value))
    .optional();

export const ZTimestamp = z.date();
