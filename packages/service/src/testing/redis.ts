import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll } from 'vitest';
import { createRedis, waitForRedis } from '../redis.ts';
import { testServices } from './env.ts';

const quiet = { info: () => {}, warn: () => {} };

/**
 * Whether Redis tests can run here. Without REDIS_URL they are skipped with a note, except
 * under SAFFRON_REQUIRE_SERVICES=1 (CI), where the missing service fails the run.
 */
export function redisAvailable(): boolean {
  if (testServices.redisUrl) return true;
  if (testServices.requireServices) {
    throw new Error('SAFFRON_REQUIRE_SERVICES=1 but REDIS_URL is not set');
  }
  console.warn('Redis tests skipped: set REDIS_URL (e.g. redis://127.0.0.1:6379) to run them');
  return false;
}

/** A real Redis client under a random key prefix, with every key it made removed afterwards. */
export function useTestRedis() {
  const prefix = `saffron-test:${randomBytes(6).toString('hex')}:`;
  let client: Redis | undefined;
  beforeAll(async () => {
    client = createRedis(testServices.redisUrl!, { logger: quiet, keyPrefix: prefix });
    if (!(await waitForRedis(client))) {
      throw new Error(`REDIS_URL (${testServices.redisUrl}) is not reachable`);
    }
  });
  afterAll(async () => {
    const cleaner = new Redis(testServices.redisUrl!);
    const keys = await cleaner.keys(`${prefix}*`);
    if (keys.length > 0) await cleaner.del(...keys);
    await cleaner.quit();
    await client?.quit();
  });
  return {
    prefix,
    get redis(): Redis {
      if (!client) throw new Error('useTestRedis: the client is ready only inside tests and hooks');
      return client;
    },
  };
}
