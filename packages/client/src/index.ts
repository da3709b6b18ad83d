export type { AppRouter, RouterInputs, RouterOutputs } from '@saffron/api';
export { createSaffronClient, type SaffronClient, type SaffronClientOptions } from './client.ts';
export {
  fieldErrorsOf,
  httpStatusOf,
  isSaffronError,
  retryAfterOf,
  type SaffronClientError,
} from './errors.ts';
/** The domain helpers client apps need, so they depend on this package alone. */
export {
  AISLES,
  aisleFor,
  amountFrom,
  foodKey,
  formatAmount,
  formatAmounts,
  parseIngredientLine,
  planAdditions,
  scaleAmount,
  type Aisle,
  type GroceryAmount,
  type TGroceryChanges,
  type TGroceryItem,
  type TUser,
} from '@saffron/shared';
