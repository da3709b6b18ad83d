import type { Language } from './lexicon/types.ts';
import { unitName } from './unit-names/index.ts';

/** French keeps the singular below two ("1,5 tasse"); the others only up to one ("½ cup"). */
function takesSingular(quantity: number, language: Language): boolean {
  return language === 'fr' ? quantity < 2 : quantity <= 1;
}

/**
 * A canonical unit code as a cook reads it in their language, agreeing with the amount:
 * ("tbsp", 2, "de") → "EL", ("clove", 3, "en") → "cloves", ("cup", 1.5, "fr") → "tasse".
 * Without an amount ("a pinch") the singular. A unit that is not a code is kept as written.
 */
export function formatUnit(unit: string, quantity: number | undefined, language: Language): string {
  const name = unitName(unit, language);
  if (name === undefined) return unit;
  if (typeof name === 'string') return name;
  return quantity === undefined || takesSingular(quantity, language) ? name[0] : name[1];
}
