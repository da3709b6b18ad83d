import type { Language } from './lexicon/types.ts';

/** The fractions cooks print, as the glyphs they print them with. */
const FRACTIONS: [value: number, glyph: string][] = [
  [1 / 8, '⅛'],
  [1 / 4, '¼'],
  [1 / 3, '⅓'],
  [3 / 8, '⅜'],
  [1 / 2, '½'],
  [5 / 8, '⅝'],
  [2 / 3, '⅔'],
  [3 / 4, '¾'],
  [7 / 8, '⅞'],
];

/** Close enough to read as the fraction: a third scaled by three is 0.9999 in four decimals. */
const TOLERANCE = 0.02;

/** Metric measures are weighed and poured in decimals: "1,5 kg", "330 ml", never "1½ kg". */
const METRIC = new Set(['mg', 'g', 'hg', 'kg', 'ml', 'cl', 'dl', 'l', 'mm', 'cm']);

function decimal(value: number, language: Language): string {
  const digits = value >= 100 ? 0 : value >= 10 ? 1 : 2;
  return new Intl.NumberFormat(language, {
    maximumFractionDigits: digits,
    useGrouping: false,
  }).format(value);
}

/** 1.5 → "1½", 0.3333 → "⅓", 2 → "2", 0.9999 → "1"; anything else in decimals ("0,15"). */
function fraction(value: number, language: Language): string {
  const whole = Math.floor(value + TOLERANCE);
  const rest = value - whole;
  if (whole > 0 && Math.abs(rest) < TOLERANCE) return String(whole);
  const glyph = FRACTIONS.find(([fractionValue]) => Math.abs(rest - fractionValue) < TOLERANCE);
  if (!glyph) return decimal(value, language);
  return whole === 0 ? glyph[1] : `${whole}${glyph[1]}`;
}

/**
 * An amount as a cook writes it, for its unit (a canonical code) in a language: "1½–2" cups,
 * "⅓" cup, "2–3" eggs, "1,5" kg.
 */
export function formatQuantity(
  {
    quantity,
    quantityMax,
    unit,
  }: { quantity: number; quantityMax?: number | undefined; unit?: string | undefined },
  language: Language,
): string {
  const one = (value: number) =>
    unit !== undefined && METRIC.has(unit) ? decimal(value, language) : fraction(value, language);
  return quantityMax === undefined ? one(quantity) : `${one(quantity)}–${one(quantityMax)}`;
}
