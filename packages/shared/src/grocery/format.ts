import { toDecimalText } from '../ingredients/quantity.ts';
import type { GroceryAmount } from './quantities.ts';

/** Up to three significant figures: converted sums read "487 ml", not "486.6118 ml". */
function readable(value: number): string {
  if (value >= 100) return String(Math.round(value));
  return toDecimalText(Number(value.toPrecision(3)));
}

const LARGER: Record<string, { unit: string; factor: number }> = {
  g: { unit: 'kg', factor: 1000 },
  ml: { unit: 'l', factor: 1000 },
};

/** "1200 g" → "1.2 kg", "1500 ml" → "1.5 l", "2 cup", "3", "4–5", "a splash". */
export function formatAmount(amount: GroceryAmount): string {
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
  const number = max === undefined ? readable(value) : `${readable(value)}–${readable(max)}`;
  return [number, unit].filter(Boolean).join(' ');
}

/** All the amounts of a line: "2 cup + 100 g". */
export function formatAmounts(amounts: GroceryAmount[]): string {
  return amounts.map(formatAmount).filter(Boolean).join(' + ');
}
