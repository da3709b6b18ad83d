import { unitDefinition } from '../ingredients/units.ts';

/** How a recipe's amounts are shown: as the recipe wrote them, in metric, or in US measures. */
export type MeasureSystem = 'original' | 'metric' | 'us';

export interface Measured {
  quantity: number;
  quantityMax?: number | undefined;
  unit?: string | undefined;
}

/** Spoons are kitchen measures everywhere (a metric teaspoon is 5 ml): they stay as written. */
const SPOONS = new Set(['tsp', 'tbsp', 'dessertspoon']);
const METRIC_UNITS = new Set(['mg', 'g', 'hg', 'kg', 'ml', 'cl', 'dl', 'l']);
const US_UNITS = new Set(['oz', 'lb', 'fl oz', 'cup', 'pint', 'quart', 'gallon']);

/** A US measure and the steps it is measured in ("¼ cup", "½ tbsp", "⅛ tsp"). */
interface UsStep {
  unit: string;
  /** From how many base units (g or ml) this measure is the one to use. */
  from: number;
  fractions: number[];
}

const EIGHTHS = [1 / 8, 1 / 4, 3 / 8, 1 / 2, 5 / 8, 3 / 4, 7 / 8];
const QUARTERS_AND_THIRDS = [1 / 4, 1 / 3, 1 / 2, 2 / 3, 3 / 4];
const HALVES = [1 / 2];

const US_VOLUME: UsStep[] = [
  { unit: 'quart', from: 8 * 236.5882365, fractions: [1 / 4, 1 / 2, 3 / 4] },
  { unit: 'cup', from: 236.5882365 / 4, fractions: QUARTERS_AND_THIRDS },
  { unit: 'tbsp', from: 14.78676478125, fractions: HALVES },
  { unit: 'tsp', from: 0, fractions: EIGHTHS },
];
const US_MASS: UsStep[] = [
  { unit: 'lb', from: 453.59237, fractions: [1 / 4, 1 / 2, 3 / 4] },
  { unit: 'oz', from: 0, fractions: [1 / 4, 1 / 2, 3 / 4] },
];

/** The nearest amount a cook can measure: a whole number and one of the unit's fractions. */
function nearestStep(value: number, fractions: number[]): number {
  const whole = Math.floor(value);
  const candidates = [whole, whole + 1, ...fractions.map((fraction) => whole + fraction)];
  const nearest = candidates.reduce((best, candidate) =>
    Math.abs(candidate - value) < Math.abs(best - value) ? candidate : best,
  );
  return nearest === 0 ? Math.min(...fractions) : nearest;
}

/** Grams and millilitres as a scale and a jug read them: 7 g, 28 g, 235 ml, 1.36 kg. */
function metricRound(base: number): number {
  if (base < 10) return Math.max(0.5, Math.round(base * 2) / 2);
  if (base < 100) return Math.round(base);
  return Math.round(base / 5) * 5;
}

function toMetric(base: number, dimension: 'mass' | 'volume', largest: number): Measured {
  const [small, large] = dimension === 'mass' ? ['g', 'kg'] : ['ml', 'l'];
  // A range stays in one unit: "900 g–1.35 kg" reads worse than "0.9–1.35 kg".
  if (largest >= 1000) return { quantity: Math.round(base / 10) / 100, unit: large };
  return { quantity: metricRound(base), unit: small };
}

function toUs(base: number, steps: UsStep[], largest: number): Measured {
  const step = steps.find((candidate) => largest >= candidate.from) ?? steps.at(-1)!;
  const { factor } = unitDefinition(step.unit)!;
  return { quantity: nearestStep(base / factor, step.fractions), unit: step.unit };
}

/**
 * An amount in the measures a cook asked for, at kitchen precision (never "236.588 ml").
 * Mass and volume convert within themselves; counts, spoons, lengths and amounts already in
 * the asked-for system stay as written. A range converts both ends into one unit.
 */
export function convertAmount(amount: Measured, system: MeasureSystem): Measured {
  const definition = amount.unit === undefined ? undefined : unitDefinition(amount.unit);
  if (system === 'original' || !definition || SPOONS.has(definition.unit)) return amount;
  const { dimension, factor, unit } = definition;
  if (dimension !== 'mass' && dimension !== 'volume') return amount;
  if ((system === 'metric' ? METRIC_UNITS : US_UNITS).has(unit) || unit === 'mg') return amount;
  const largest = (amount.quantityMax ?? amount.quantity) * factor;
  const convert = (value: number) =>
    system === 'metric'
      ? toMetric(value * factor, dimension, largest)
      : toUs(value * factor, dimension === 'mass' ? US_MASS : US_VOLUME, largest);
  const low = convert(amount.quantity);
  if (amount.quantityMax === undefined) return low;
  const high = convert(amount.quantityMax);
  return high.quantity > low.quantity ? { ...low, quantityMax: high.quantity } : low;
}
