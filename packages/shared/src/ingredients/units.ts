/** What a unit measures: amounts convert within mass and volume, never across. */
export type Dimension = 'mass' | 'volume' | 'length' | 'count';

export interface UnitDefinition {
  /** The canonical code we store: "g", "tbsp", "fl oz", "clove". */
  unit: string;
  dimension: Dimension;
  /** Size in the dimension's base unit (g, ml, cm; 1 for countable things). */
  factor: number;
}

/** US customary cups and spoons, avoirdupois ounces and pounds; exact definitions. */
const MEASURES: UnitDefinition[] = [
  { unit: 'mg', dimension: 'mass', factor: 0.001 },
  { unit: 'g', dimension: 'mass', factor: 1 },
  { unit: 'hg', dimension: 'mass', factor: 100 },
  { unit: 'kg', dimension: 'mass', factor: 1000 },
  { unit: 'oz', dimension: 'mass', factor: 28.349523125 },
  { unit: 'lb', dimension: 'mass', factor: 453.59237 },
  { unit: 'ml', dimension: 'volume', factor: 1 },
  { unit: 'cl', dimension: 'volume', factor: 10 },
  { unit: 'dl', dimension: 'volume', factor: 100 },
  { unit: 'l', dimension: 'volume', factor: 1000 },
  { unit: 'tsp', dimension: 'volume', factor: 4.92892159375 },
  { unit: 'dessertspoon', dimension: 'volume', factor: 10 },
  { unit: 'tbsp', dimension: 'volume', factor: 14.78676478125 },
  { unit: 'fl oz', dimension: 'volume', factor: 29.5735295625 },
  { unit: 'cup', dimension: 'volume', factor: 236.5882365 },
  { unit: 'pint', dimension: 'volume', factor: 473.176473 },
  { unit: 'quart', dimension: 'volume', factor: 946.352946 },
  { unit: 'gallon', dimension: 'volume', factor: 3785.411784 },
  { unit: 'mm', dimension: 'length', factor: 0.1 },
  { unit: 'cm', dimension: 'length', factor: 1 },
  { unit: 'inch', dimension: 'length', factor: 2.54 },
];

/** Things counted rather than measured; each adds only to itself. */
export const COUNT_UNITS = [
  'pinch',
  'knife tip',
  'dash',
  'drop',
  'splash',
  'drizzle',
  'handful',
  'dollop',
  'knob',
  'scoop',
  'shot',
  'glass',
  'clove',
  'can',
  'jar',
  'package',
  'sachet',
  'envelope',
  'bag',
  'box',
  'bottle',
  'carton',
  'tub',
  'stick',
  'bar',
  'block',
  'slice',
  'rasher',
  'piece',
  'chunk',
  'cube',
  'strip',
  'wedge',
  'sheet',
  'bunch',
  'sprig',
  'stalk',
  'leaf',
  'head',
  'bulb',
  'ear',
  'pod',
  'link',
  'loaf',
  'ball',
  'punnet',
  'fillet',
  'recipe',
  'basket',
  'spear',
  'pot',
] as const;

/** Packages: what follows "1 can" is what it holds ("chopped tomatoes"), and a size names them ("8-ounce can"). */
export const CONTAINER_UNITS: ReadonlySet<string> = new Set([
  'can',
  'jar',
  'tub',
  'bag',
  'box',
  'package',
  'carton',
  'bottle',
  'sachet',
  'envelope',
]);

export const UNITS: UnitDefinition[] = [
  ...MEASURES,
  ...COUNT_UNITS.map((unit): UnitDefinition => ({ unit, dimension: 'count', factor: 1 })),
];

const byCode = new Map(UNITS.map((definition) => [definition.unit, definition]));

/** The definition behind a canonical code ("tbsp"), if it is one. */
export function unitDefinition(code: string): UnitDefinition | undefined {
  return byCode.get(code);
}
