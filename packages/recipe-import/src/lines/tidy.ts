import { type DraftLine, type RecipeDraft } from '../draft.ts';

/** One line of text from an export: whitespace collapsed, empty as undefined. */
export function tidy(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.replace(/\s+/g, ' ').trim();
  return text === '' ? undefined : text;
}

/** Keywords, categories, cuisines: lower-cased, once each, in order. */
export function tidyTags(values: unknown[]): string[] {
  const tags = values.map((value) => tidy(value)?.toLowerCase());
  return [...new Set(tags.filter((tag): tag is string => tag !== undefined))];
}

export function line(text: unknown, group?: string): DraftLine | undefined {
  const clean = tidy(text);
  if (!clean) return undefined;
  return group ? { text: clean, group } : { text: clean };
}

type Optional<T> = { [K in keyof T]?: T[K] | undefined };

/** A draft from what a format found, undefined and empty fields left out. */
export function makeDraft(fields: Optional<RecipeDraft> & Pick<RecipeDraft, 'name'>): RecipeDraft {
  const draft: RecipeDraft = {
    name: fields.name,
    ingredients: fields.ingredients ?? [],
    steps: fields.steps ?? [],
    tags: fields.tags ?? [],
    imageUrls: fields.imageUrls ?? [],
  };
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined && !(key in draft)) Object.assign(draft, { [key]: value });
  }
  return draft;
}
