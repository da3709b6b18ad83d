import { z } from 'zod';
import { LANGUAGES, type Language } from '../ingredients/lexicon/types.ts';

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

/** The first supported language of an Accept-Language header or a BCP 47 tag: "de-AT,de;q=0.9" → de. */
export function languageOfTag(tag: string | null | undefined): Language | undefined {
  if (!tag) return undefined;
  const ranked = tag
    .slice(0, 500)
    .split(',')
    .map((part, index) => {
      const [range = '', ...params] = part.trim().split(';');
      const q = params.find((param) => param.trim().startsWith('q='));
      return {
        language: range.trim().slice(0, 2).toLowerCase(),
        weight: q ? Number(q.split('=')[1]) : 1,
        index,
      };
    })
    .filter((entry) => Number.isFinite(entry.weight) && entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  return ranked
    .map((entry) => entry.language)
    .find((language): language is Language => (LANGUAGES as readonly string[]).includes(language));
}
