import { COUNT_UNITS } from '../units.ts';
import type { UnitNames } from './types.ts';

/** Nouns whose plural is not the singular plus "s". */
const IRREGULAR: UnitNames = {
  pinch: ['pinch', 'pinches'],
  dash: ['dash', 'dashes'],
  splash: ['splash', 'splashes'],
  glass: ['glass', 'glasses'],
  box: ['box', 'boxes'],
  bunch: ['bunch', 'bunches'],
  leaf: ['leaf', 'leaves'],
  loaf: ['loaf', 'loaves'],
  inch: ['inch', 'inches'],
};

/** The codes are English words already: "clove", "cloves"; abbreviations stay as they are. */
export const en: UnitNames = {
  tsp: 'tsp',
  tbsp: 'tbsp',
  lb: 'lb',
  ...Object.fromEntries(
    [...COUNT_UNITS, 'cup', 'pint', 'quart', 'gallon', 'dessertspoon'].map((unit) => [
      unit,
      [unit, `${unit}s`] as const,
    ]),
  ),
  ...IRREGULAR,
};
