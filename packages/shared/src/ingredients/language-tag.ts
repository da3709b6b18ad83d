import { LANGUAGES, type Language } from './lexicon/types.ts';

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

/** What a person's lines are read in: the account's language, else the browser's first we read, else English. */
export function preferredLanguage(
  account: Language | null | undefined,
  browser: readonly string[],
): Language {
  return account ?? languageOfTag(browser.join(',')) ?? 'en';
}
