import { describe, expect, it } from 'vitest';
import { connectRedis } from './redis.ts';
import { testServices } from './testing/env.ts';
import { freePort } from './testing/process.ts';
import { redisAvailable } from './testing/redis.ts';

function recordingLogger() {
  const warnings: string[] = [];
  return {
    warnings,
    logger: { info: () => {}, warn: (message: unknown) => warnings.push(String(message)) },
  };
}

describe('connectRedis: the one client a process opens at boot', () => {
  it('opens nothing without REDIS_URL', async () => {
    const { logger, warnings } = recordingLogger();
    expect(await connectRedis({}, logger)).toBeUndefined();
    expect(warnings).toEqual([]);
  });

  it('starts anyway when Redis is not up yet, and says what that means', async () => {
    const { logger, warnings } = recordingLogger();
    const url = `redis://127.0.0.1:${await freePort()}`;
    const redis = await connectRedis({ REDIS_URL: url }, logger, { timeoutMs: 300 });
    try {
      expect(redis?.status).not.toBe('ready');
      expect(warnings).toContain(
        'redis not reachable yet; authenticated calls answer 503 until it is',
      );
    } finally {
      redis?.disconnect();
    }
  });

  it.runIf(redisAvailable())('answers once connected to a real Redis', async () => {
    const { logger, warnings } = recordingLogger();
    const redis = await connectRedis({ REDIS_URL: testServices.redisUrl }, logger);
    try {
      expect(await redis?.ping()).toBe('PONG');
      expect(warnings).toEqual([]);
    } finally {
      redis?.disconnect();
    }
  });
});
