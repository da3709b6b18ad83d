import { toDecimalText } from '@saffron/shared';

/**
 * Structured ingredient rows (Mealie, Tandoor, Saffron's own) printed back as the line a
 * person would write — "2 cups flour, sifted" — which the shared parser reads again.
 */
export interface IngredientParts {
  quantity?: unknown;
  quantityMax?: unknown;
  unit?: string | undefined;
  size?: string | undefined;
  name?: string | undefined;
  /** Preparation and notes, printed after the name, comma-separated. */
  notes?: (string | undefined)[];
}

const FRACTIONS: [number, string][] = [
  [1 / 8, '1/8'],
  [1 / 4, '1/4'],
  [1 / 3, '1/3'],
  [3 / 8, '3/8'],
  [1 / 2, '1/2'],
  [5 / 8, '5/8'],
  [2 / 3, '2/3'],
  [3 / 4, '3/4'],
  [7 / 8, '7/8'],
];
const TOLERANCE = 0.01;

/** A number or numeric text ("2.5", "0.333") as a cook prints it: "2 1/2", "1/3", "0.15". */
export function formatAmount(value: unknown): string | undefined {
  const amount = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof amount !== 'number' || !Number.isFinite(amount) || amount <= 0) return undefined;
  const whole = Math.floor(amount + TOLERANCE);
  const rest = amount - whole;
  if (rest < TOLERANCE) return String(whole);
  const fraction = FRACTIONS.find(([part]) => Math.abs(part - rest) < TOLERANCE)?.[1];
  if (!fraction) return toDecimalText(amount);
  return whole > 0 ? `${whole} ${fraction}` : fraction;
}

export function ingredientLine(parts: IngredientParts): string | undefined {
  const low = formatAmount(parts.quantity);
  const high = formatAmount(parts.quantityMax);
  const amount = low && high && high !== low ? `${low}–${high}` : low;
  const head = [amount, parts.unit, parts.size, parts.name].filter(Boolean).join(' ');
  const notes = (parts.notes ?? []).filter(Boolean).join(', ');
  const line = head && notes ? `${head}, ${notes}` : head || notes;
  return line === '' ? undefined : line;
}
