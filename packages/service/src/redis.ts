import { once } from 'node:events';
import { Redis } from 'ioredis';
import type { Logger } from './logger.ts';

export type { Redis };

export interface RedisOptions {
  logger: Pick<Logger, 'info' | 'warn'>;
  /** Namespaces every key (tests use a random one so runs never collide). */
  keyPrefix?: string;
}

/**
 * One client per process, created at boot and passed in. Commands fail fast while Redis is
 * unreachable (no offline queue, short timeouts) so callers can answer 503 at once; the
 * client keeps reconnecting in the background and recovers by itself.
 */
export function createRedis(url: string, { logger, keyPrefix = 'saffron:' }: RedisOptions): Redis {
  const redis = new Redis(url, {
    keyPrefix,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: 2_000,
    connectTimeout: 2_000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
  });
  let down = false;
  redis.on('error', (error: Error) => {
    if (!down) logger.warn({ err: error }, 'redis unreachable; retrying');
    down = true;
  });
  redis.on('ready', () => {
    if (down) logger.info('redis reachable again');
    down = false;
  });
  return redis;
}

/** At boot: wait briefly for the first connection, but start anyway (readiness reports it). */
export async function waitForRedis(redis: Redis, timeoutMs = 5_000): Promise<boolean> {
  if (redis.status === 'ready') return true;
  const timeout = AbortSignal.timeout(timeoutMs);
  return once(redis, 'ready', { signal: timeout }).then(
    () => true,
    () => false,
  );
}

/**
 * The process's one Redis client when REDIS_URL is set, opened at boot in the app's deps
 * file and passed to whatever uses it (sessions, login limits, the recipe cache, events).
 * Redis not being up yet is not fatal: what needs it answers 503 until it is.
 */
export async function connectRedis(
  env: { REDIS_URL?: string | undefined },
  logger: Pick<Logger, 'info' | 'warn'>,
  { timeoutMs }: { timeoutMs?: number } = {},
): Promise<Redis | undefined> {
  if (!env.REDIS_URL) return undefined;
  const redis = createRedis(env.REDIS_URL, { logger });
  if (!(await waitForRedis(redis, timeoutMs)))
    logger.warn('redis not reachable yet; authenticated calls answer 503 until it is');
  return redis;
}
