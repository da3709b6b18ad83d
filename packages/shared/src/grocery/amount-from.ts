import { findUnit, readQuantityText } from '../ingredients/find-unit.ts';
import { toDecimalText } from '../ingredients/quantity.ts';
import type { GroceryAmount } from './quantities.ts';

/**
 * A typed quantity and unit to an amount: a number or range when it reads as one ("2", "1/2",
 * "1½", "2-3"), otherwise the text itself ("a splash"), which is kept rather than dropped.
 */
export function amountFrom(
  quantity: string | undefined,
  unit: string | undefined,
  quantityMax?: string,
): GroceryAmount | undefined {
  if (quantity === undefined || quantity.trim() === '') return unit ? { text: unit } : undefined;
  const read = readQuantityText(quantity.trim());
  if (read === undefined) return { text: [quantity.trim(), unit].filter(Boolean).join(' ') };
  const max = quantityMax === undefined ? read.max : readQuantityText(quantityMax)?.value;
  const canonical = unit ? (findUnit(unit)?.unit ?? unit) : undefined;
  return {
    quantity: toDecimalText(read.value),
    ...(max !== undefined && max > read.value ? { quantityMax: toDecimalText(max) } : {}),
    ...(canonical ? { unit: canonical } : {}),
  };
}
