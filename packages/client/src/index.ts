export type { AppRouter, RouterInputs, RouterOutputs } from '@saffron/api';
export { createSaffronClient, type SaffronClient, type SaffronClientOptions } from './client.ts';
export {
  fieldErrorsOf,
  httpStatusOf,
  isSaffronError,
  isUnreachable,
  retryAfterOf,
  signInFailureMessage,
  type SaffronClientError,
} from './errors.ts';
/** The domain helpers client apps need, so they depend on this package alone (no zod: small bundles). */
export {
  AISLES,
  aisleFor,
  amountFrom,
  foodKey,
  formatAmount,
  formatAmounts,
  lineAddition,
  planAdditions,
  recipeAdditions,
  scaleAmount,
  toGroceryItem,
  toPlannedItem,
  type Aisle,
  type GroceryAmount,
} from '@saffron/shared/grocery';
export {
  detectLanguage,
  formatQuantity,
  formatUnit,
  languageOfTag,
  LANGUAGES,
  parseIngredient,
  parseIngredientLines,
  preferredLanguage,
  type Language,
  type ParsedIngredient,
} from '@saffron/shared/ingredients';
export type { TGroceryChanges, TGroceryItem, TUser } from '@saffron/shared';
export { forgetDeviceData } from './device-data.ts';
