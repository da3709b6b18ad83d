import { createRedisRecipeCache, findUserByUsername } from '@saffron/db';
import { useTestDb } from '@saffron/db/testing';
import { redisAvailable, useTestRedis } from '@saffron/service/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { createAccount } from '../testing/accounts.ts';
import { createTestDeps, signedInContext, silentLogger } from '../testing/context.ts';
import { recipeInput } from '../testing/recipes.ts';
import type { AuthedContext } from '../trpc/context.ts';
import { ZRecipeInput } from '@saffron/shared';
import { createPostgresEngine } from '../search/postgres-engine.ts';
import { createRecipeSearch } from '../search/recipe-search.ts';
import { addRecipe, getRecipe, removeRecipe, replaceRecipe } from './recipes.ts';

describe.runIf(redisAvailable())('recipes.byId through the Redis cache', () => {
  let sqlQueries = 0;
  const t = useTestDb({ log: (event) => void (event.level === 'query' && sqlQueries++) });
  const redis = useTestRedis();
  let alice: AuthedContext;
  let bob: AuthedContext;

  beforeEach(async () => {
    const deps = createTestDeps(t.db, {
      recipes: {
        cache: createRedisRecipeCache(redis.redis, { ttlSeconds: 60, onError: () => {} }),
        search: createRecipeSearch(createPostgresEngine(t.db), undefined, silentLogger),
        outbox: false,
      },
    });
    await createAccount(t.db, deps, 'alice');
    await createAccount(t.db, deps, 'bob');
    alice = await signedInContext(deps, (await findUserByUsername(t.db, 'alice'))!);
    bob = await signedInContext(deps, (await findUserByUsername(t.db, 'bob'))!);
  });

  const input = (name = 'Tomato soup') => ZRecipeInput.parse(recipeInput({ name }));

  it('serves a second read without any SQL', async () => {
    const { id } = await addRecipe(alice, input());
    await getRecipe(alice, id);
    const before = sqlQueries;
    const cached = await getRecipe(alice, id);
    expect(sqlQueries - before).toBe(0);
    expect(cached.name).toBe('Tomato soup');
    expect(cached.createdAt).toBeInstanceOf(Date);
  });

  it('shows an update on the very next read', async () => {
    const { id } = await addRecipe(alice, input());
    await getRecipe(alice, id);
    await replaceRecipe(alice, id, input('Roasted tomato soup'));
    expect((await getRecipe(alice, id)).name).toBe('Roasted tomato soup');
    await removeRecipe(alice, id);
    await expect(getRecipe(alice, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('never serves a cached recipe to another user', async () => {
    const { id } = await addRecipe(alice, input());
    await getRecipe(alice, id);
    await expect(getRecipe(bob, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
