/**
 * The files service's dependencies: what is created once at boot and passed in (the types),
 * and how it is created from the configuration. The server, the routes and the test harness
 * all take their dependencies from here.
 */
import { createAuthServices, sessionConfigFrom, type AuthServices } from '@saffron/auth';
import type { CookieSecurity } from '@saffron/auth/fastify';
import {
  recipeCacheFor,
  type Database,
  type DatabaseHandle,
  type Kysely,
  type RecipeCache,
} from '@saffron/db';
import {
  connectRedis,
  createSafeFetcher,
  safeFetchOptionsFrom,
  type Logger,
  type Redis,
  type SafeFetcher,
} from '@saffron/service';
import type { FastifyBaseLogger, FastifyServerOptions } from 'fastify';
import {
  createThumbnailer,
  type ThumbnailLimits,
  type Thumbnailer,
} from './attachments/thumbnails.ts';
import { createStorageCleanup } from './cleanup/storage-cleanup.ts';
import type { Env } from './env.ts';
import { createArchiveReader } from './imports/archive-reader.ts';
import { createAttachmentImporter } from './imports/attachment-importer.ts';
import { createStorage } from './storage/create-storage.ts';
import type { Storage } from './storage/storage.ts';

// 1. TYPES

export interface FilesDeps {
  db: Kysely<Database>;
  logger: FastifyBaseLogger;
  auth: AuthServices;
  storage: Storage;
  /** The api's recipe cache: attachments are part of `recipes.byId`. */
  cache: RecipeCache;
  thumbnails: Thumbnailer;
  /** THUMBNAIL_MAX_PIXELS and THUMBNAIL_QUEUE_LIMIT. */
  thumbnailLimits?: ThumbnailLimits | undefined;
  /** The deletion queue's worker in this process, if it runs here. */
  cleanup?: { nudge: () => void } | undefined;
  redis?: Redis | undefined;
  /** FILES_MAX_BYTES: the largest file accepted. */
  maxBytes: number;
  /** IMPORT_ARCHIVE_MAX_BYTES: the largest export accepted for import. */
  archiveMaxBytes: number;
  /** The one fetcher for user-given links (recipe photos). */
  fetcher: SafeFetcher;
  /** The import workers in this process, if they run here: an upload wakes the archive reader. */
  imports?: { received: () => void } | undefined;
  /** Origins of other apps allowed to call with credentials (CORS and CSRF). */
  allowedOrigins: readonly string[];
  /** PUBLIC_URL: the page's own origin (required in production). */
  publicOrigin?: string | undefined;
  /** COOKIE_SECURE: which session cookie a request may carry (the api sets it). */
  cookieSecurity: CookieSecurity;
  trustProxy: FastifyServerOptions['trustProxy'];
}

// 2. CONSTRUCTION

/**
 * The service's own workers on top of its connections, the same for `main.ts` and the tests:
 * thumbnails after uploads, and the storage deletion queue's worker (started by the caller).
 */
export function assembleFilesDeps(
  connected: Omit<FilesDeps, 'thumbnails' | 'cleanup' | 'imports'>,
) {
  const cleanup = createStorageCleanup(connected);
  const thumbnails = createThumbnailer(connected);
  const archiveReader = createArchiveReader(connected);
  const attachmentImporter = createAttachmentImporter({ ...connected, thumbnails });
  const deps: FilesDeps = {
    ...connected,
    thumbnails,
    cleanup,
    imports: { received: archiveReader.nudge },
  };
  const workers = [cleanup, archiveReader, attachmentImporter];
  return {
    deps,
    cleanup,
    archiveReader,
    attachmentImporter,
    startWorkers: () => workers.forEach((worker) => worker.start()),
    stopWorkers: () => Promise.all(workers.map((worker) => worker.stop())),
  };
}

/**
 * The files service's infrastructure, created once from its configuration. With REDIS_URL it
 * shares the api's session store and recipe cache (same client settings, same key prefix), so
 * a session made by the api works here and uploads show in `recipes.byId` at once.
 */
export async function createFilesDeps(env: Env, database: DatabaseHandle, logger: Logger) {
  const redis = await connectRedis(env, logger);
  const { deps, startWorkers, stopWorkers } = assembleFilesDeps({
    db: database.db,
    logger,
    auth: createAuthServices({ db: database.db, redis, session: sessionConfigFrom(env) }),
    storage: await createStorage(env),
    cache: recipeCacheFor(redis, { ttlSeconds: env.RECIPE_CACHE_TTL / 1000, logger }),
    redis,
    maxBytes: env.FILES_MAX_BYTES,
    archiveMaxBytes: env.IMPORT_ARCHIVE_MAX_BYTES,
    thumbnailLimits: env.THUMBNAILS,
    fetcher: createSafeFetcher(safeFetchOptionsFrom(env)),
    allowedOrigins: env.WEB_ORIGINS,
    publicOrigin: env.PUBLIC_URL,
    cookieSecurity: env.COOKIE_SECURE,
    trustProxy: env.TRUST_PROXY,
  });
  return {
    deps,
    startBackgroundWork: startWorkers,
    close: async () => {
      await stopWorkers();
      await deps.thumbnails.idle();
      redis?.disconnect();
      await database.close();
    },
  };
}
