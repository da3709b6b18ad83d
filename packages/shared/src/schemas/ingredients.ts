import { z } from 'zod';
import { LANGUAGES } from '../ingredients/lexicon/types.ts';

export const ZLanguage = z.enum(LANGUAGES, {
  error: `Use one of ${LANGUAGES.join(', ')}`,
});

/** Up to 500 lines at once, each as long as a pasted line can sensibly be. */
export const ZParseIngredientsInput = z.object({
  lines: z
    .array(z.string().max(10_000, { error: 'A line can be at most 10,000 characters' }))
    .max(500, { error: 'At most 500 lines at once' }),
  /** When absent: the lines' own language if they show it, else the account's, else the browser's. */
  language: ZLanguage.optional(),
});
export type TParseIngredientsInput = z.input<typeof ZParseIngredientsInput>;

export const ZLanguageSetting = z.object({ language: ZLanguage.nullable() });
