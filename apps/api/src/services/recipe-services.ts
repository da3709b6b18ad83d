import { recipeCacheFor, type Database, type Kysely } from '@saffron/db';
import type { Redis } from '@saffron/service';
import type { FastifyBaseLogger } from 'fastify';
import type { Env } from '../env.ts';
import { createOutboxWorker, type OutboxWorker } from '../search/outbox-worker.ts';
import { createPostgresEngine } from '../search/postgres-engine.ts';
import { createRecipeSearch } from '../search/recipe-search.ts';
import {
  createTypesenseClient,
  createTypesenseEngine,
  createTypesenseIndexer,
} from '../search/typesense-engine.ts';
import type { RecipeServices } from '../trpc/context.ts';

/**
 * Search in Typesense when configured (with Postgres as the fallback and an outbox feeding
 * the index), in Postgres otherwise; the recipe cache in Redis when there is one.
 */
export function createRecipeServices(
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
