import { createRedis } from '@saffron/service';
import { redisAvailable, useTestRedis } from '@saffron/service/testing';
import { describe, expect, it } from 'vitest';
import { createRedisRecipeCache } from './recipe-cache.ts';

const quiet = { info: () => {}, warn: () => {} };

describe.runIf(redisAvailable())('recipe cache on Redis', () => {
  const redis = useTestRedis();
  const errors: string[] = [];
  const cache = () =>
    createRedisRecipeCache(redis.redis, {
      ttlSeconds: 60,
      onError: (_e, operation) => errors.push(operation),
    });
  const recipe = { id: 'r1', name: 'Soup', createdAt: new Date('2026-11-21T10:00:00Z') };

  it('misses, fills, then hits with the same value (dates intact)', async () => {
    expect(await cache().read('alice', 'r1')).toEqual({ version: '0' });
    await cache().fill('alice', 'r1', '0', recipe);
    expect(await cache().read('alice', 'r1')).toEqual({ value: recipe, version: '0' });
    expect(await redis.redis.pttl('recipe:alice:r1')).toBeGreaterThan(59_000);
  });

  it("never serves one owner's entry to another", async () => {
    await cache().fill('alice', 'r2', '0', recipe);
    expect((await cache().read('bob', 'r2')).value).toBeUndefined();
  });

  it('refuses a stale fill that raced with a change', async () => {
    const { version } = await cache().read('alice', 'r3'); // a reader starts, reads the database...
    await cache().invalidate('alice', 'r3'); // ...a writer commits and invalidates...
    await cache().fill('alice', 'r3', version, { ...recipe, name: 'Old soup' }); // ...the reader fills late
    const after = await cache().read('alice', 'r3');
    expect(after).toEqual({ version: '1' });
    await cache().fill('alice', 'r3', after.version, { ...recipe, name: 'New soup' });
    expect((await cache().read<typeof recipe>('alice', 'r3')).value?.name).toBe('New soup');
  });

  it('drops the value on invalidation', async () => {
    await cache().fill('alice', 'r4', '0', recipe);
    await cache().invalidate('alice', 'r4');
    expect((await cache().read('alice', 'r4')).value).toBeUndefined();
  });

  it('turns an unreachable Redis into a miss, reported, never a failure', async () => {
    const down = createRedis('redis://127.0.0.1:1', { logger: quiet });
    const broken = createRedisRecipeCache(down, {
      ttlSeconds: 60,
      onError: (_e, op) => errors.push(op),
    });
    expect(await broken.read('alice', 'r5')).toEqual({ version: 'unavailable' });
    await broken.fill('alice', 'r5', 'unavailable', recipe);
    await expect(broken.invalidate('alice', 'r5')).rejects.toThrow();
    expect(errors).toContain('read');
    down.disconnect();
  });
});
