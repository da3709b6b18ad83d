import { readLeadingQuantity, toDecimalText } from '../ingredients/quantity.ts';
import { findUnit } from '../ingredients/units.ts';
import type { GroceryAmount } from './quantities.ts';

/**
 * A typed quantity and unit to an amount: a number when it reads as one ("2", "1/2", "1½"),
 * otherwise the text itself ("a splash"), which is kept rather than dropped.
 */
export function amountFrom(
  quantity: string | undefined,
  unit: string | undefined,
): GroceryAmount | undefined {
  if (quantity === undefined || quantity.trim() === '') return unit ? { text: unit } : undefined;
  const { value, rest } = readLeadingQuantity(quantity.trim());
  if (value === undefined || rest !== '')
    return { text: [quantity.trim(), unit].filter(Boolean).join(' ') };
  const canonical = unit ? (findUnit(unit)?.unit ?? unit) : undefined;
  return { quantity: toDecimalText(value), ...(canonical ? { unit: canonical } : {}) };
}
