import {
  claimSearchChanges,
  completeSearchChanges,
  retrySearchChanges,
  type Database,
  type Kysely,
} from '@saffron/db';
import { backoffSeconds, createQueueWorker } from '@saffron/service';
import type { FastifyBaseLogger } from 'fastify';
import type { TypesenseIndexer } from './typesense-engine.ts';

/** What the worker needs of an index: the Typesense indexer, or a stand-in in tests. */
export type SearchIndexer = Pick<TypesenseIndexer, 'ensureCollection' | 'sync'>;

const BATCH = 100;
const LEASE_SECONDS = 60;
const MAX_DELAY_SECONDS = 300;

/** 2, 4, 8 ... seconds after each failure, at most five minutes: a long outage is not hammered. */
export function retryDelaySeconds(attempts: number): number {
  return backoffSeconds(attempts, MAX_DELAY_SECONDS);
}

/**
 * Drains the search outbox into Typesense. Changes are claimed under a lease, so several api
 * instances share the work and a crashed worker's batch comes back; a failed batch is retried
 * with backoff, so nothing written while Typesense was down is lost.
 */
export function createOutboxWorker(deps: {
  db: Kysely<Database>;
  indexer: SearchIndexer;
  logger: FastifyBaseLogger;
}) {
  const drainOnce = async (): Promise<number> => {
    const changes = await claimSearchChanges(deps.db, {
      limit: BATCH,
      leaseSeconds: LEASE_SECONDS,
    });
    if (changes.length === 0) return 0;
    const ids = changes.map((change) => change.id);
    try {
      // The index follows the recipes' current state, so repeated changes collapse into one.
      await deps.indexer.sync([...new Set(changes.map((change) => change.recipeId))]);
      await completeSearchChanges(deps.db, ids);
      return changes.length;
    } catch (error) {
      const attempts = Math.max(...changes.map((change) => change.attempts));
      const delaySeconds = retryDelaySeconds(attempts);
      deps.logger.warn(
        { err: error, changes: ids.length, delaySeconds },
        'search index update failed; will retry',
      );
      await retrySearchChanges(deps.db, {
        ids,
        delaySeconds,
        error: error instanceof Error ? error.message : String(error),
      });
      return 0;
    }
  };

  return createQueueWorker({
    drainOnce,
    batchSize: BATCH,
    idleMs: 1_000,
    logger: deps.logger,
    what: 'search outbox',
    // A fresh Typesense has no collection yet: every sync would fail until one exists.
    prepare: () => deps.indexer.ensureCollection(),
  });
}

export type OutboxWorker = ReturnType<typeof createOutboxWorker>;
