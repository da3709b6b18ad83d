/**
 * The api's dependencies: what is created once at boot and passed in (the types), and how
 * it is created from the configuration (`createApiDeps`). The server, the routers' context,
 * the CLI and the test kit all take their dependencies from here.
 */
import {
  createAuthServices,
  createMemoryCounterStore,
  createRedisCounterStore,
  sessionConfigFrom,
  UserLimiter,
  type AuthServices,
} from '@saffron/auth';
import type { CookieSecurity } from '@saffron/auth/fastify';
import {
  recipeCacheFor,
  type Database,
  type DatabaseHandle,
  type DatabaseMode,
  type Kysely,
  type RecipeCache,
} from '@saffron/db';
import {
  connectRedis,
  createLocalPubSub,
  createPeriodicTask,
  createRedisPubSub,
  createSafeFetcher,
  safeFetchOptionsFrom,
  type Logger,
  type ProcedureMetrics,
  type Redis,
  type SafeFetcher,
} from '@saffron/service';
import type { FastifyBaseLogger, FastifyServerOptions } from 'fastify';
import type { Env } from './env.ts';
import { groceryEventsOn, type GroceryEvents } from './grocery/events.ts';
import { tombstonePurge } from './grocery/tombstone-purge.ts';
import { createImportWorker } from './imports/import-worker.ts';
import { createOutboxWorker, type OutboxWorker } from './search/outbox-worker.ts';
import { createPostgresEngine } from './search/postgres-engine.ts';
import { createRecipeSearch, type RecipeSearch } from './search/recipe-search.ts';
import {
  createTypesenseClient,
  createTypesenseEngine,
  createTypesenseIndexer,
} from './search/typesense-engine.ts';

// 1. TYPES

export interface ApiConfig {
  allowSignup: boolean;
  cookieSecurity: CookieSecurity;
  /** Production: the first admin needs a one-time setup token (services/setup-token.ts). */
  requireSetupToken: boolean;
  /** A live stream ends after this long (sse.maxDurationMs); its client reconnects and is checked again. */
  sseMaxDurationMs: number;
}

export interface RecipeServices {
  cache: RecipeCache;
  search: RecipeSearch;
  /** Whether changes must be queued for an external search engine. */
  outbox: boolean;
}

export interface ImportServices {
  /** The one fetcher for user-given links: public addresses only, size and time capped. */
  fetcher: SafeFetcher;
  /** Imports per person: fetching pages costs the sites we fetch from, and us. */
  limiter: UserLimiter;
  /** Background imports (lists of links) per person. */
  jobLimiter: UserLimiter;
  /** New items were queued: the worker in this process looks at once. */
  queued: () => void;
}

/** 60 single imports per person per 10 minutes: plenty by hand, not a crawler. */
export const IMPORT_LIMIT = { action: 'imports', limit: 60, windowMs: 10 * 60_000 };
/** 20 lists of up to 200 links per person per hour. */
export const IMPORT_JOB_LIMIT = { action: 'bulk imports', limit: 20, windowMs: 60 * 60_000 };

/** What every procedure may use, shared by every request. */
export interface ContextDeps {
  db: Kysely<Database>;
  databaseMode: DatabaseMode;
  logger: FastifyBaseLogger;
  auth: AuthServices;
  recipes: RecipeServices;
  grocery: { events: GroceryEvents };
  imports: ImportServices;
  config: ApiConfig;
  /** Set by the HTTP server (see /metrics); callers without HTTP (tests, the CLI) leave it out. */
  procedureMetrics?: ProcedureMetrics | undefined;
  /** PUBLIC_URL: the page's own origin (required in production), for addresses handed out. */
  publicOrigin?: string | undefined;
}

/** What the HTTP server needs on top of the procedures' dependencies. */
export interface ApiDeps extends ContextDeps {
  redis?: Redis | undefined;
  /** Origins of other apps allowed to call with credentials (CORS and CSRF). */
  allowedOrigins: readonly string[];
  trustProxy: FastifyServerOptions['trustProxy'];
}

export interface ApiDepsHandle {
  deps: ApiDeps;
  /** Work that runs beside requests (the search outbox); servers start it, the CLI does not. */
  startBackgroundWork: () => void;
  close: () => Promise<void>;
}

// 2. CONSTRUCTION

/**
 * Search in Typesense when configured (with Postgres as the fallback and an outbox feeding
 * the index), in Postgres otherwise; the recipe cache in Redis when there is one.
 */
function createRecipeServices(
  env: Env,
  db: Kysely<Database>,
  redis: Redis | undefined,
  logger: FastifyBaseLogger,
): { recipes: RecipeServices; outboxWorker: OutboxWorker | undefined } {
  // RECIPE_CACHE_TTL=0 turns the cache off (benchmarks compare with and without it).
  const cache = recipeCacheFor(redis, { ttlSeconds: env.RECIPE_CACHE_TTL / 1000, logger });
  const typesense =
    env.TYPESENSE_URL && env.TYPESENSE_API_KEY
      ? createTypesenseClient(env.TYPESENSE_URL, env.TYPESENSE_API_KEY)
      : undefined;
  const search = createRecipeSearch(
    createPostgresEngine(db),
    typesense && createTypesenseEngine(typesense, db),
    logger,
  );
  const outboxWorker = typesense
    ? createOutboxWorker({ db, indexer: createTypesenseIndexer(typesense, db), logger })
    : undefined;
  return { recipes: { cache, search, outbox: typesense !== undefined }, outboxWorker };
}

/**
 * The api's infrastructure, created once from its configuration: the process's one Redis
 * client when REDIS_URL is set, shared by sessions, login limits, the recipe cache and the
 * grocery events (so every instance sees the same), embedded defaults otherwise.
 */
export async function createApiDeps(
  env: Env,
  database: DatabaseHandle,
  logger: Logger,
): Promise<ApiDepsHandle> {
  const redis = await connectRedis(env, logger);
  // One pub/sub for grocery changes and session revocations: one subscriber connection.
  const pubsub = redis ? createRedisPubSub(redis) : createLocalPubSub();
  const auth = createAuthServices({
    db: database.db,
    redis,
    pubsub,
    session: sessionConfigFrom(env),
  });
  const { recipes, outboxWorker } = createRecipeServices(env, database.db, redis, logger);
  const groceryEvents = groceryEventsOn(pubsub);
  const counters = redis ? createRedisCounterStore(redis) : createMemoryCounterStore();
  const fetcher = createSafeFetcher(safeFetchOptionsFrom(env));
  const importWorker = createImportWorker({
    db: database.db,
    fetcher,
    logger,
    outbox: recipes.outbox,
  });
  const tombstones = tombstonePurge(database.db, logger);
  // Redis expires sessions by itself; the Postgres table is swept at start and every hour.
  const sessionPurge = redis
    ? undefined
    : createPeriodicTask({
        what: 'expired session purge',
        intervalMs: 60 * 60_000,
        logger,
        runAtStart: true,
        run: () => auth.sessions.purgeExpired(),
      });
  const deps: ApiDeps = {
    db: database.db,
    databaseMode: database.mode,
    logger,
    auth,
    recipes,
    grocery: { events: groceryEvents },
    imports: {
      fetcher,
      limiter: new UserLimiter(counters, IMPORT_LIMIT),
      jobLimiter: new UserLimiter(counters, IMPORT_JOB_LIMIT),
      queued: importWorker.nudge,
    },
    redis,
    config: {
      allowSignup: env.ALLOW_SIGNUP,
      cookieSecurity: env.COOKIE_SECURE,
      requireSetupToken: env.NODE_ENV === 'production',
      sseMaxDurationMs: env.SSE_MAX_DURATION,
    },
    allowedOrigins: env.WEB_ORIGINS,
    publicOrigin: env.PUBLIC_URL,
    trustProxy: env.TRUST_PROXY,
  };
  return {
    deps,
    startBackgroundWork: () => {
      outboxWorker?.start();
      importWorker.start();
      tombstones.start();
      sessionPurge?.start();
    },
    close: async () => {
      tombstones.stop();
      sessionPurge?.stop();
      await importWorker.stop();
      await outboxWorker?.stop();
      await pubsub.close();
      redis?.disconnect();
      await database.close();
    },
  };
}
