export {
  parseIngredient,
  parseIngredientLines,
  type IngredientParts,
  type ParsedIngredient,
  type ParseOptions,
} from './parse.ts';
export { toDecimalText } from './quantity.ts';
export { LANGUAGES, type Language } from './lexicon/index.ts';
export {
  COUNT_UNITS,
  UNITS,
  unitDefinition,
  type Dimension,
  type UnitDefinition,
} from './units.ts';
export { detectLanguage } from './detect-language.ts';
export { findUnit, readQuantityText } from './find-unit.ts';
export { formatQuantity } from './format-quantity.ts';
export { formatUnit } from './format-unit.ts';
export { languageOfTag, preferredLanguage } from './language-tag.ts';
