import { readLeadingQuantity, toDecimalText } from './quantity.ts';
import { findUnit } from './units.ts';

export interface ParsedIngredient {
  quantity?: string;
  unit?: string;
  name: string;
  note?: string;
  original: string;
}

/** "a pinch of salt", "an onion": the article counts as one. */
const ARTICLE = /^(an?)\s+/i;

/** Splits "flour, sifted" and "olive oil (extra virgin)" into name and note. */
function splitNote(text: string): { name: string; note?: string } {
  const bracket = /^(.*?)\s*\(([^)]*)\)\s*(.*)$/.exec(text);
  if (bracket) {
    const name = `${bracket[1]} ${bracket[3]}`.replace(/^,|,$/g, '').trim();
    return { name: name.replace(/\s*,\s*$/, ''), note: bracket[2]!.trim() || undefined };
  }
  const comma = text.indexOf(',');
  if (comma < 0) return { name: text.trim() };
  return { name: text.slice(0, comma).trim(), note: text.slice(comma + 1).trim() || undefined };
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}

/**
 * One pasted line to an ingredient row: "2 1/2 cups flour, sifted" → 2.5 cup flour (sifted),
 * "1½ tbsp olive oil" → 1.5 tbsp olive oil. Whatever cannot be read stays in the name, and
 * the line itself is kept as `original`, so nothing typed is ever lost.
 */
export function parseIngredientLine(line: string): ParsedIngredient | undefined {
  const original = line
    .replace(/^[\s•*·-]+/u, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (original === '') return undefined;
  let rest = original;
  let value: number | undefined;
  const article = ARTICLE.exec(rest);
  if (article) {
    value = 1;
    rest = rest.slice(article[0].length);
  } else {
    ({ value, rest } = readLeadingQuantity(rest));
  }
  // Units of two words ("fl oz", "fluid ounce") before one-word units.
  const words = rest.split(' ');
  let unit: string | undefined;
  for (const length of [2, 1]) {
    const found = words.length > length ? findUnit(words.slice(0, length).join(' ')) : undefined;
    if (found) {
      unit = found.unit;
      rest = words
        .slice(length)
        .join(' ')
        .replace(/^of\s+/i, '');
      break;
    }
  }
  const { name, note } = splitNote(rest);
  if (name === '') return { name: original, original };
  return withoutUndefined({
    quantity: value === undefined ? undefined : toDecimalText(value),
    unit,
    name,
    note,
    original,
  });
}

/** Many pasted lines at once (blank lines and bullets ignored). */
export function parseIngredientLines(text: string): ParsedIngredient[] {
  return text.split(/\r?\n/).flatMap((line) => parseIngredientLine(line) ?? []);
}
