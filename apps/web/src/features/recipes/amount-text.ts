import { formatQuantity, formatUnit, type Language } from '@saffron/shared/ingredients';

interface Amount {
  quantity?: string | undefined;
  quantityMax?: string | undefined;
  unit?: string | undefined;
}

/**
 * A row's amount as a cook writes it, scaled by `factor`: "1½–2 cups", "2–3", "2 EL",
 * "pinch" (a unit without a number). Empty when the row has neither.
 */
export function amountText(row: Amount, language: Language, factor = 1): string {
  const unit = row.unit?.trim() || undefined;
  if (!row.quantity) return unit ? formatUnit(unit, undefined, language) : '';
  const quantity = Number(row.quantity) * factor;
  const quantityMax = row.quantityMax ? Number(row.quantityMax) * factor : undefined;
  const number = formatQuantity({ quantity, quantityMax, unit }, language);
  return unit ? `${number} ${formatUnit(unit, quantityMax ?? quantity, language)}` : number;
}
