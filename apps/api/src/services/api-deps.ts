import { connectAuthServices } from '@saffron/auth';
import type { DatabaseHandle } from '@saffron/db';
import type { Logger } from '@saffron/service';
import type { Env } from '../env.ts';
import type { ServerDeps } from '../server.ts';
import { createLocalGroceryEvents, createRedisGroceryEvents } from '../grocery/events.ts';
import { tombstonePurge } from '../grocery/tombstone-purge.ts';
import { createRecipeServices } from './recipe-services.ts';

export interface ApiDeps {
  deps: ServerDeps;
  /** Work that runs beside requests (the search outbox); servers start it, the CLI does not. */
  startBackgroundWork: () => void;
  close: () => Promise<void>;
}

/**
 * The api's infrastructure, created once from its configuration: Redis when REDIS_URL is
 * set (sessions, limits and the recipe cache shared by every instance), embedded defaults otherwise.
 */
export async function createApiDeps(
  env: Env,
  database: DatabaseHandle,
  logger: Logger,
): Promise<ApiDeps> {
  const { auth, redis } = await connectAuthServices(env, database.db, logger);
  const { recipes, outboxWorker } = createRecipeServices(env, database.db, redis, logger);
  const groceryEvents = redis ? createRedisGroceryEvents(redis) : createLocalGroceryEvents();
  const tombstones = tombstonePurge(database.db, logger);
  const deps: ServerDeps = {
    db: database.db,
    databaseMode: database.mode,
    logger,
    auth,
    recipes,
    grocery: { events: groceryEvents },
    redis,
    config: { allowSignup: env.ALLOW_SIGNUP, cookieSecurity: env.COOKIE_SECURE },
    allowedOrigins: env.WEB_ORIGINS,
    trustProxy: env.TRUST_PROXY,
  };
  return {
    deps,
    startBackgroundWork: () => {
      outboxWorker?.start();
      tombstones.start();
    },
    close: async () => {
      tombstones.stop();
      await outboxWorker?.stop();
      await groceryEvents.close();
      redis?.disconnect();
      await database.close();
    },
  };
}
