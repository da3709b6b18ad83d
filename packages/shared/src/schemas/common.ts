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

/** Empty strings from forms mean "not given". */
export const optionalText = (max: number) =>
  text(max)
    .optional()
    .transform((value) => (value === '' ? undefined : value));

export const ZTimestamp = z.date();
