import { readUnit } from './amount.ts';
import { LANGUAGES, lexiconFor, type Language } from './lexicon/index.ts';
import { normalizeLine } from './normalize.ts';
import { readQuantity } from './quantity.ts';
import { tokenize } from './tokenize.ts';
import { unitDefinition, type UnitDefinition } from './units.ts';

/**
 * The unit a typed word names, in the given language or (for longer spellings) any other:
 * "Tablespoons", "T" and "EL" → tbsp, "t" → tsp, "g" → g. Undefined when it names none.
 */
export function findUnit(text: string, language: Language = 'en'): UnitDefinition | undefined {
  const direct = unitDefinition(text.trim());
  if (direct) return direct;
  const tokens = tokenize(normalizeLine(text));
  for (const candidate of [language, ...LANGUAGES.filter((other) => other !== language)]) {
    const unit = readUnit(tokens, 0, lexiconFor(candidate));
    if (unit?.end === tokens.length && !unit.modifiers) return unitDefinition(unit.unit);
  }
  return undefined;
}

/** A typed quantity as a number: "2", "2,5", "1 1/2", "1½", "two"; a range keeps both ends. */
export function readQuantityText(
  text: string,
  language: Language = 'en',
): { value: number; max?: number } | undefined {
  const tokens = tokenize(normalizeLine(text));
  const quantity = readQuantity(tokens, 0, lexiconFor(language));
  if (!quantity || quantity.end !== tokens.length) return undefined;
  return quantity.max === undefined
    ? { value: quantity.value }
    : { value: quantity.value, max: quantity.max };
}
