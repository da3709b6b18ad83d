import { AppError } from '@saffron/shared';

export const NO_RECIPE_MESSAGE =
  'No recipe found on that page: it has no schema.org Recipe data or recipe markup we know';

/** The page was read, but nothing on it is a recipe we can take. */
export class NoRecipeFoundError extends AppError {
  constructor() {
    super('UNPROCESSABLE_CONTENT', NO_RECIPE_MESSAGE);
  }
}
