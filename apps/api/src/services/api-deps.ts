import { createAuthServices } from '@saffron/auth';
import type { DatabaseHandle } from '@saffron/db';
import { createRedis, waitForRedis, type Logger, type Redis } from '@saffron/service';
import type { Env } from '../env.ts';
import type { ServerDeps } from '../server.ts';

/**
 * The api's infrastructure, created once from its configuration: Redis when REDIS_URL is
 * set (sessions and limits shared by every instance), the embedded defaults otherwise.
 */
export async function createApiDeps(
  env: Env,
  database: DatabaseHandle,
  logger: Logger,
): Promise<{ deps: ServerDeps; close: () => Promise<void> }> {
  let redis: Redis | undefined;
  if (env.REDIS_URL) {
    redis = createRedis(env.REDIS_URL, { logger });
    if (!(await waitForRedis(redis)))
      logger.warn('redis not reachable yet; sign-in answers 503 until it is');
  }
  const auth = createAuthServices({
    db: database.db,
    redis,
    session: {
      idleTimeoutMs: env.SESSION_IDLE_TIMEOUT,
      absoluteLifetimeMs: env.SESSION_ABSOLUTE_LIFETIME,
    },
  });
  const deps: ServerDeps = {
    db: database.db,
    databaseMode: database.mode,
    logger,
    auth,
    redis,
    config: { allowSignup: env.ALLOW_SIGNUP, cookieSecurity: env.COOKIE_SECURE },
    allowedOrigins: env.WEB_ORIGINS,
    trustProxy: env.TRUST_PROXY,
  };
  return {
    deps,
    close: async () => {
      redis?.disconnect();
      await database.close();
    },
  };
}
