/** How a language prints a unit: one form for every amount ("EL", "g"), or singular and plural. */
export type UnitName = string | readonly [singular: string, plural: string];

/** Canonical unit code (see ../units.ts) → its printed name; metric symbols are shared. */
export type UnitNames = Readonly<Record<string, UnitName>>;

/** Written the same in every language we read. */
export const METRIC: UnitNames = {
  mg: 'mg',
  g: 'g',
  hg: 'hg',
  kg: 'kg',
  ml: 'ml',
  cl: 'cl',
  dl: 'dl',
  l: 'l',
  mm: 'mm',
  cm: 'cm',
  oz: 'oz',
  'fl oz': 'fl oz',
};
