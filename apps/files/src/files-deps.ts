import { connectAuthServices } from '@saffron/auth';
import { recipeCacheFor, type DatabaseHandle } from '@saffron/db';
import type { Logger } from '@saffron/service';
import { createThumbnailer } from './attachments/thumbnails.ts';
import { createStorageCleanup } from './cleanup/storage-cleanup.ts';
import type { Env } from './env.ts';
import type { FilesDeps } from './server.ts';
import { createStorage } from './storage/create-storage.ts';

/**
 * The files service's infrastructure, created once from its configuration. With REDIS_URL it
 * shares the api's session store and recipe cache (same client settings, same key prefix), so
 * a session made by the api works here and uploads show in `recipes.byId` at once.
 */
export async function createFilesDeps(env: Env, database: DatabaseHandle, logger: Logger) {
  const { auth, redis } = await connectAuthServices(env, database.db, logger);
  const cache = recipeCacheFor(redis, { ttlSeconds: env.RECIPE_CACHE_TTL / 1000, logger });
  const storage = await createStorage(env);
  const thumbnails = createThumbnailer({ db: database.db, storage, cache, logger });
  const cleanup = createStorageCleanup({ db: database.db, storage, logger });
  const deps: FilesDeps = {
    db: database.db,
    logger,
    auth,
    storage,
    cache,
    thumbnails,
    cleanup,
    redis,
    maxBytes: env.FILES_MAX_BYTES,
    allowedOrigins: env.WEB_ORIGINS,
    trustProxy: env.TRUST_PROXY,
  };
  return {
    deps,
    startBackgroundWork: () => cleanup.start(),
    close: async () => {
      await cleanup.stop();
      await thumbnails.idle();
      redis?.disconnect();
      await database.close();
    },
  };
}
