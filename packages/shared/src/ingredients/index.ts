export { parseIngredientLine, parseIngredientLines, type ParsedIngredient } from './parse-line.ts';
export { readLeadingQuantity, toDecimalText } from './quantity.ts';
export { findUnit, UNITS, type Dimension, type UnitDefinition } from './units.ts';
