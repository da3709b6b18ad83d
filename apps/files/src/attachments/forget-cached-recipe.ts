import { invalidateRecipe, type RecipeCache } from '@saffron/db';
import type { FastifyBaseLogger } from 'fastify';

/** After commit, so `recipes.byId` (on any api instance) shows the change at once. */
export function forgetCachedRecipe(
  deps: { cache: RecipeCache; logger: FastifyBaseLogger },
  ids: { ownerId: string; recipeId: string },
): Promise<void> {
  return invalidateRecipe(deps.cache, ids, (error) =>
    deps.logger.error(
      { err: error, recipeId: ids.recipeId },
      'recipe cache invalidation failed; the entry expires by TTL',
    ),
  );
}
