import { findUnit, readLeadingQuantity, toDecimalText, type GroceryAmount } from '@saffron/shared';

/** A typed quantity and unit to an amount: a number when it reads as one, text otherwise. */
export function toAmount(
  quantity: string | undefined,
  unit: string | undefined,
): GroceryAmount | undefined {
  if (quantity === undefined) return unit ? { text: unit } : undefined;
  const { value, rest } = readLeadingQuantity(quantity.trim());
  if (value === undefined || rest !== '')
    return { text: [quantity.trim(), unit].filter(Boolean).join(' ') };
  const canonical = unit ? (findUnit(unit)?.unit ?? unit) : undefined;
  return { quantity: toDecimalText(value), ...(canonical ? { unit: canonical } : {}) };
}
