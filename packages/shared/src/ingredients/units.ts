/** What a unit measures: amounts convert within a dimension, never across. */
export type Dimension = 'mass' | 'volume' | 'count';

export interface UnitDefinition {
  /** How we write it: "g", "tbsp", "fl oz", "clove". */
  unit: string;
  dimension: Dimension;
  /** Size in the dimension's base unit (g for mass, ml for volume, 1 for countable things). */
  factor: number;
  aliases: string[];
}

/** US customary cups and spoons, avoirdupois ounces and pounds; exact definitions. */
export const UNITS: UnitDefinition[] = [
  { unit: 'mg', dimension: 'mass', factor: 0.001, aliases: ['milligram', 'milligrams'] },
  { unit: 'g', dimension: 'mass', factor: 1, aliases: ['gram', 'grams', 'gr', 'gm'] },
  {
    unit: 'kg',
    dimension: 'mass',
    factor: 1000,
    aliases: ['kilo', 'kilos', 'kilogram', 'kilograms'],
  },
  { unit: 'oz', dimension: 'mass', factor: 28.349523125, aliases: ['ounce', 'ounces'] },
  { unit: 'lb', dimension: 'mass', factor: 453.59237, aliases: ['lbs', 'pound', 'pounds'] },
  {
    unit: 'ml',
    dimension: 'volume',
    factor: 1,
    aliases: ['milliliter', 'milliliters', 'millilitre', 'millilitres'],
  },
  { unit: 'cl', dimension: 'volume', factor: 10, aliases: ['centiliter', 'centilitre'] },
  { unit: 'dl', dimension: 'volume', factor: 100, aliases: ['deciliter', 'decilitre'] },
  {
    unit: 'l',
    dimension: 'volume',
    factor: 1000,
    aliases: ['liter', 'liters', 'litre', 'litres', 'ltr'],
  },
  {
    unit: 'tsp',
    dimension: 'volume',
    factor: 4.92892159375,
    aliases: ['teaspoon', 'teaspoons', 'tsps', 't'],
  },
  {
    unit: 'tbsp',
    dimension: 'volume',
    factor: 14.78676478125,
    aliases: ['tablespoon', 'tablespoons', 'tbsps', 'tbs', 'tbl', 'T'],
  },
  {
    unit: 'fl oz',
    dimension: 'volume',
    factor: 29.5735295625,
    aliases: ['fl. oz', 'fl.oz', 'floz', 'fluid ounce', 'fluid ounces'],
  },
  { unit: 'cup', dimension: 'volume', factor: 236.5882365, aliases: ['cups', 'c'] },
  { unit: 'pint', dimension: 'volume', factor: 473.176473, aliases: ['pints', 'pt'] },
  { unit: 'quart', dimension: 'volume', factor: 946.352946, aliases: ['quarts', 'qt'] },
  { unit: 'gallon', dimension: 'volume', factor: 3785.411784, aliases: ['gallons', 'gal'] },
  ...[
    'pinch',
    'dash',
    'clove',
    'can',
    'tin',
    'slice',
    'piece',
    'bunch',
    'sprig',
    'stick',
    'handful',
    'packet',
    'jar',
    'head',
    'sheet',
    'bottle',
  ].map((unit): UnitDefinition => ({
    unit,
    dimension: 'count',
    factor: 1,
    aliases: [`${unit}s`, `${unit}es`],
  })),
];

const byAlias = new Map<string, UnitDefinition>();
for (const definition of UNITS) {
  for (const alias of [definition.unit, ...definition.aliases]) {
    // One-letter aliases are case-sensitive (t = teaspoon, T = tablespoon); the rest are not.
    byAlias.set(alias.length === 1 ? alias : alias.toLowerCase(), definition);
  }
}

/** The unit a word names, if it names one: "Tablespoons" → tbsp, "T" → tbsp, "t" → tsp. */
export function findUnit(word: string): UnitDefinition | undefined {
  const cleaned = word.replace(/\.$/, '');
  return byAlias.get(cleaned.length === 1 ? cleaned : cleaned.toLowerCase());
}
