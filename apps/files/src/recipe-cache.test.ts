import { createAuthServices } from '@saffron/auth';
import { createRedisRecipeCache, findRecipe, type RecipeRecord } from '@saffron/db';
import { redisAvailable, useTestRedis } from '@saffron/service/testing';
import type { TAttachment } from '@saffron/shared';
import { describe, expect, it } from 'vitest';
import { pngImage } from './testing/fixtures.ts';
import { useFilesService } from './testing/harness.ts';

describe.runIf(redisAvailable())('the recipe cache (Redis) after attachment changes', () => {
  const redis = useTestRedis();
  const h = useFilesService({
    driver: 'local',
    redis: () => redis.redis,
    cache: (client) => createRedisRecipeCache(client!, { ttlSeconds: 60, onError: () => {} }),
  });

  /** What the api's getRecipe does: read through the cache, fill it on a miss. */
  async function readThrough(ownerId: string, recipeId: string) {
    const { cache } = h.service.deps;
    const cached = await cache.read<RecipeRecord>(ownerId, recipeId);
    if (cached.value) return { recipe: cached.value, fromCache: true };
    const recipe = (await findRecipe(h.t.db, { id: recipeId, ownerId }))!;
    await cache.fill(ownerId, recipeId, cached.version, recipe);
    return { recipe, fromCache: false };
  }

  it('shows a new attachment, its thumbnail and a deletion on the very next read', async () => {
    const { user, token } = await h.signIn('alice');
    const recipeId = await h.createRecipe(user);
    await readThrough(user.id, recipeId);
    expect(await readThrough(user.id, recipeId)).toMatchObject({ fromCache: true });

    const upload = await h.upload(recipeId, [{ filename: 'a.png', content: await pngImage() }], {
      token,
    });
    const [attachment] = (await upload.json()) as [TAttachment];
    const afterUpload = await readThrough(user.id, recipeId);
    expect(afterUpload.fromCache).toBe(false);
    expect(afterUpload.recipe.attachments.map((a) => a.id)).toEqual([attachment.id]);

    await h.service.deps.thumbnails.idle();
    const afterThumbnail = await readThrough(user.id, recipeId);
    expect(afterThumbnail).toMatchObject({ fromCache: false });
    expect(afterThumbnail.recipe.attachments[0]?.hasThumbnail).toBe(true);

    await h.request(`/attachments/${attachment.id}`, { method: 'DELETE', token });
    const afterDelete = await readThrough(user.id, recipeId);
    expect(afterDelete).toMatchObject({ fromCache: false, recipe: { attachments: [] } });
  });

  it('accepts a session the api created in Redis', async () => {
    const { user } = await h.signIn('bob');
    // What the api's auth.login does, with its own services on the same Redis.
    const api = createAuthServices({ db: h.t.db, redis: redis.redis });
    const { token, session } = await api.sessions.create(user.id, { userAgent: null, ip: null });
    expect(await redis.redis.exists(`session:${session.id}`)).toBe(1);
    const recipeId = await h.createRecipe(user);
    const response = await h.upload(recipeId, [{ filename: 'a.txt', content: 'a' }], { token });
    expect(response.status).toBe(201);
  });
});
