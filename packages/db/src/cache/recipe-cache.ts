import type { Redis } from 'ioredis';
import superjson from 'superjson';

/**
 * The read-through cache in front of `findRecipe`. Keys include the owner, so an entry can
 * never be served to anyone else. Each recipe carries a version: a write bumps it after
 * commit, and a fill is only stored if the version is still the one seen before reading
 * the database, so a slow reader can never put old data back.
 */
export interface RecipeCache {
  /** The cached value (if current) and the version to fill with on a miss. */
  read: <T>(ownerId: string, recipeId: string) => Promise<{ value?: T; version: string }>;
  fill: (ownerId: string, recipeId: string, version: string, value: unknown) => Promise<void>;
  /** After every committed change to the recipe or its attachments. */
  invalidate: (ownerId: string, recipeId: string) => Promise<void>;
}

const key = (ownerId: string, recipeId: string) => `recipe:${ownerId}:${recipeId}`;

const FILL_IF_CURRENT = `
if (redis.call('HGET', KEYS[1], 'v') or '0') ~= ARGV[1] then return 0 end
redis.call('HSET', KEYS[1], 'data', ARGV[2], 'dv', ARGV[1])
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return 1
`;

export interface RecipeCacheOptions {
  ttlSeconds: number;
  /** Cache failures never fail a read; they are reported here. */
  onError: (error: unknown, operation: string) => void;
}

export function createRedisRecipeCache(redis: Redis, options: RecipeCacheOptions): RecipeCache {
  const ttlMs = options.ttlSeconds * 1000;
  return {
    read: async <T>(ownerId: string, recipeId: string) => {
      try {
        const [version, data, dataVersion] = await redis.hmget(
          key(ownerId, recipeId),
          'v',
          'data',
          'dv',
        );
        const current = version ?? '0';
        const value = data && dataVersion === current ? superjson.parse<T>(data) : undefined;
        return value === undefined ? { version: current } : { value, version: current };
      } catch (error) {
        options.onError(error, 'read');
        return { version: 'unavailable' };
      }
    },
    fill: async (ownerId, recipeId, version, value) => {
      if (version === 'unavailable') return;
      try {
        await redis.eval(
          FILL_IF_CURRENT,
          1,
          key(ownerId, recipeId),
          version,
          superjson.stringify(value),
          ttlMs,
        );
      } catch (error) {
        options.onError(error, 'fill');
      }
    },
    invalidate: async (ownerId, recipeId) => {
      const entry = key(ownerId, recipeId);
      const results = await redis
        .multi()
        .hincrby(entry, 'v', 1)
        .hdel(entry, 'data', 'dv')
        .pexpire(entry, ttlMs)
        .exec();
      const failure = results?.find(([error]) => error);
      if (failure?.[0]) throw failure[0];
    },
  };
}

/** The embedded mode has no shared cache: api and files are separate processes. */
export const noRecipeCache: RecipeCache = {
  read: () => Promise.resolve({ version: 'none' }),
  fill: () => Promise.resolve(),
  invalidate: () => Promise.resolve(),
};

/**
 * The recipe cache a service uses: in Redis when there is one (shared by every api and files
 * instance, so a change made through either shows at once), none otherwise or with a TTL of 0.
 */
export function recipeCacheFor(
  redis: Redis | undefined,
  options: { ttlSeconds: number; logger: { warn: (details: object, message: string) => void } },
): RecipeCache {
  if (!redis || options.ttlSeconds <= 0) return noRecipeCache;
  return createRedisRecipeCache(redis, {
    ttlSeconds: options.ttlSeconds,
    onError: (error, operation) =>
      options.logger.warn({ err: error, operation }, 'recipe cache unavailable'),
  });
}
