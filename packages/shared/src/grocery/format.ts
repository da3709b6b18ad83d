import { formatUnit } from '../ingredients/format-unit.ts';
import type { Language } from '../ingredients/lexicon/types.ts';
import type { GroceryAmount } from './quantities.ts';

/** Up to three significant figures: converted sums read "487 ml", not "486.6118 ml". */
function readable(value: number, language: Language): string {
  const digits = value >= 100 ? { maximumFractionDigits: 0 } : { maximumSignificantDigits: 3 };
  return new Intl.NumberFormat(language, { ...digits, useGrouping: false }).format(value);
}

const LARGER: Record<string, { unit: string; factor: number }> = {
  g: { unit: 'kg', factor: 1000 },
  ml: { unit: 'l', factor: 1000 },
};

/**
 * "1200 g" → "1.2 kg", "1500 ml" → "1.5 l", "2 cup", "3", "4–5", "a splash". With a language,
 * in its words and decimal sign: "2 Tassen", "1,2 kg"; without one, the stored unit codes.
 */
export function formatAmount(amount: GroceryAmount, language?: Language): string {
  if (amount.quantity === undefined) return amount.text ?? '';
  let value = Number(amount.quantity);
  let max = amount.quantityMax === undefined ? undefined : Number(amount.quantityMax);
  let unit = amount.unit;
  const larger = unit ? LARGER[unit] : undefined;
  if (larger && value >= larger.factor) {
    value /= larger.factor;
    if (max !== undefined) max /= larger.factor;
    unit = larger.unit;
  }
  const locale = language ?? 'en';
  const number =
    max === undefined
      ? readable(value, locale)
      : `${readable(value, locale)}–${readable(max, locale)}`;
  const unitText = unit && language ? formatUnit(unit, max ?? value, language) : unit;
  return [number, unitText].filter(Boolean).join(' ');
}

/** All the amounts of a line: "2 cup + 100 g". */
export function formatAmounts(amounts: GroceryAmount[], language?: Language): string {
  return amounts
    .map((amount) => formatAmount(amount, language))
    .filter(Boolean)
    .join(' + ');
}
