import { setTimeout as sleep } from 'node:timers/promises';
import type { RecipeCache } from './recipe-cache.ts';

/**
 * Invalidates after commit, retrying a few times with backoff if Redis hiccups, so a change
 * is not hidden behind a stale entry; if all fail, the entry's TTL still bounds the staleness.
 */
export async function invalidateRecipe(
  cache: RecipeCache,
  { ownerId, recipeId }: { ownerId: string; recipeId: string },
  onFailure: (error: unknown) => void,
  attempts = 4,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await cache.invalidate(ownerId, recipeId);
    } catch (error) {
      if (attempt >= attempts) return onFailure(error);
      await sleep(100 * 2 ** attempt);
    }
  }
}
