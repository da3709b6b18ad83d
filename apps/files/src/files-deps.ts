import { connectAuthServices } from '@saffron/auth';
import { recipeCacheFor, type DatabaseHandle } from '@saffron/db';
import type { Logger } from '@saffron/service';
import { createThumbnailer } from './attachments/thumbnails.ts';
import { createStorageCleanup } from './cleanup/storage-cleanup.ts';
import type { Env } from './env.ts';
import type { FilesDeps } from './server.ts';
import { createStorage } from './storage/create-storage.ts';

/**
 * The service's own workers on top of its connections, the same for `main.ts` and the tests:
 * thumbnails after uploads, and the storage deletion queue's worker (started by the caller).
 */
export function assembleFilesDeps(connected: Omit<FilesDeps, 'thumbnails' | 'cleanup'>) {
  const cleanup = createStorageCleanup(connected);
  const deps: FilesDeps = { ...connected, thumbnails: createThumbnailer(connected), cleanup };
  return { deps, cleanup };
}

/**
 * The files service's infrastructure, created once from its configuration. With REDIS_URL it
 * shares the api's session store and recipe cache (same client settings, same key prefix), so
 * a session made by the api works here and uploads show in `recipes.byId` at once.
 */
export async function createFilesDeps(env: Env, database: DatabaseHandle, logger: Logger) {
  const { auth, redis } = await connectAuthServices(env, database.db, logger);
  const { deps, cleanup } = assembleFilesDeps({
    db: database.db,
    logger,
    auth,
    storage: await createStorage(env),
    cache: recipeCacheFor(redis, { ttlSeconds: env.RECIPE_CACHE_TTL / 1000, logger }),
    redis,
    maxBytes: env.FILES_MAX_BYTES,
    allowedOrigins: env.WEB_ORIGINS,
    trustProxy: env.TRUST_PROXY,
  });
  return {
    deps,
    startBackgroundWork: () => cleanup.start(),
    close: async () => {
      await cleanup.stop();
      await deps.thumbnails.idle();
      redis?.disconnect();
      await database.close();
    },
  };
}
