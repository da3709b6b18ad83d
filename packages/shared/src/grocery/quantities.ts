import { findUnit } from '../ingredients/find-unit.ts';
import { toDecimalText } from '../ingredients/quantity.ts';
import type { UnitDefinition } from '../ingredients/units.ts';

/** One amount on a grocery line: an exact decimal with a unit, or text that could not be read. */
export interface GroceryAmount {
  quantity?: string;
  /** The upper end of a range ("2–3 eggs"): kept through every sum, never dropped. */
  quantityMax?: string;
  unit?: string;
  /** Kept as written when it is not a number ("a splash"): never dropped. */
  text?: string;
}

type Kind =
  | { dimension: 'mass' | 'volume'; definition: UnitDefinition }
  | { dimension: 'same'; unit: string };

/** Mass and volume convert within themselves; anything else only adds to the very same unit. */
function kindOf(amount: GroceryAmount): Kind | undefined {
  if (amount.quantity === undefined) return undefined;
  const definition = amount.unit ? findUnit(amount.unit) : undefined;
  if (definition && (definition.dimension === 'mass' || definition.dimension === 'volume')) {
    return { dimension: definition.dimension, definition };
  }
  return { dimension: 'same', unit: definition?.unit ?? amount.unit?.trim().toLowerCase() ?? '' };
}

function compatible(a: Kind, b: Kind): boolean {
  if (a.dimension === 'same' && b.dimension === 'same') return a.unit === b.unit;
  return a.dimension === b.dimension;
}

const upper = (amount: GroceryAmount) => amount.quantityMax ?? amount.quantity!;

/** Both ends of a sum: 2–3 + 2 = 4–5; a sum of single numbers stays a single number. */
function sum(
  existing: GroceryAmount,
  added: GroceryAmount,
  value: (amount: GroceryAmount, end: 'low' | 'high') => number,
): Pick<GroceryAmount, 'quantity' | 'quantityMax'> {
  const low = value(existing, 'low') + value(added, 'low');
  const ranged = existing.quantityMax !== undefined || added.quantityMax !== undefined;
  if (!ranged) return { quantity: toDecimalText(low) };
  return {
    quantity: toDecimalText(low),
    quantityMax: toDecimalText(value(existing, 'high') + value(added, 'high')),
  };
}

const end = (amount: GroceryAmount, which: 'low' | 'high') =>
  Number(which === 'low' ? amount.quantity : upper(amount));

/** In the base unit (g, ml) when units differ; in the shared unit when they are the same. */
function add(existing: GroceryAmount, added: GroceryAmount, a: Kind, b: Kind): GroceryAmount {
  if (a.dimension === 'same' || b.dimension === 'same' || a.definition.unit === b.definition.unit) {
    return { ...sum(existing, added, end), ...(existing.unit ? { unit: existing.unit } : {}) };
  }
  const base = a.dimension === 'mass' ? 'g' : 'ml';
  const factors = new Map([
    [existing, a.definition.factor],
    [added, b.definition.factor],
  ]);
  return {
    ...sum(existing, added, (amount, which) => end(amount, which) * factors.get(amount)!),
    unit: base,
  };
}

/**
 * Adds an amount to a line's amounts: into a compatible one (converting units when needed),
 * or beside the others ("2 cup + 100 g"). Nothing is ever lost.
 */
export function mergeAmount(amounts: GroceryAmount[], added: GroceryAmount): GroceryAmount[] {
  const addedKind = kindOf(added);
  if (!addedKind) return added.text || added.quantity ? [...amounts, added] : amounts;
  const index = amounts.findIndex((amount) => {
    const kind = kindOf(amount);
    return kind !== undefined && compatible(kind, addedKind);
  });
  if (index < 0) return [...amounts, normalizeUnit(added)];
  const merged = add(amounts[index]!, added, kindOf(amounts[index]!)!, addedKind);
  return amounts.map((amount, i) => (i === index ? merged : amount));
}

/** "Cups" → "cup", so later amounts recognise it; unknown units are kept as typed. */
function normalizeUnit(amount: GroceryAmount): GroceryAmount {
  const unit = amount.unit ? (findUnit(amount.unit)?.unit ?? amount.unit) : undefined;
  return { ...amount, ...(unit ? { unit } : {}) };
}

/** Scales an amount for a different number of servings (text amounts stay as they are). */
export function scaleAmount(amount: GroceryAmount, factor: number): GroceryAmount {
  if (amount.quantity === undefined || factor === 1) return amount;
  const scaled = { ...amount, quantity: toDecimalText(Number(amount.quantity) * factor) };
  if (amount.quantityMax !== undefined)
    scaled.quantityMax = toDecimalText(Number(amount.quantityMax) * factor);
  return scaled;
}
