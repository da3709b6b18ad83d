import { setTimeout as sleep } from 'node:timers/promises';
import type { RecipeCache } from './recipe-cache.ts';

/**
 * After every committed change to a recipe or its attachments, from the api or the files
 * service, so `recipes.byId` on any instance shows it at once. Retries a few times with
 * backoff if Redis hiccups; if all fail, the entry's TTL still bounds the staleness.
 */
export async function invalidateRecipe(
  cache: RecipeCache,
  { ownerId, recipeId }: { ownerId: string; recipeId: string },
  logger: { error: (details: object, message: string) => void },
  attempts = 4,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await cache.invalidate(ownerId, recipeId);
    } catch (error) {
      if (attempt >= attempts) {
        return logger.error(
          { err: error, recipeId },
          'recipe cache invalidation failed; the entry expires by TTL',
        );
      }
      await sleep(100 * 2 ** attempt);
    }
  }
}
