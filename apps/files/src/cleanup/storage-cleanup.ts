import {
  claimStorageDeletions,
  completeStorageDeletions,
  retryStorageDeletions,
  type Database,
  type Kysely,
  type StorageDeletion,
} from '@saffron/db';
import { backoffSeconds, createQueueWorker } from '@saffron/service';
import type { FastifyBaseLogger } from 'fastify';
import { createLimiter } from '../limiter.ts';
import type { ObjectStorage } from '../storage/storage.ts';

const BATCH = 100;
const PARALLEL_DELETES = 8;
const LEASE_SECONDS = 120;
const MAX_DELAY_SECONDS = 3_600;

/** 2, 4, 8 ... seconds after each failure, at most an hour: an outage delays, never drops. */
export function deletionRetryDelaySeconds(attempts: number): number {
  return backoffSeconds(attempts, MAX_DELAY_SECONDS);
}

const messageOf = (reason: unknown) => (reason instanceof Error ? reason.message : String(reason));

/**
 * Drains the storage deletion queue the database fills (deleted attachments, recipes, users;
 * failed uploads). Deletions are claimed under a lease, so several files instances share the
 * work and a crashed worker's batch comes back; failed ones are retried with backoff.
 */
export function createStorageCleanup(deps: {
  db: Kysely<Database>;
  storage: ObjectStorage;
  logger: FastifyBaseLogger;
}) {
  const limiter = createLimiter(PARALLEL_DELETES);

  const retry = async (failed: { item: StorageDeletion; reason: unknown }[]) => {
    const byDelay = Map.groupBy(failed, ({ item }) => deletionRetryDelaySeconds(item.attempts));
    for (const [delaySeconds, group] of byDelay) {
      await retryStorageDeletions(deps.db, {
        ids: group.map(({ item }) => item.id),
        delaySeconds,
        error: messageOf(group[0]!.reason),
      });
    }
    deps.logger.warn(
      { err: failed[0]!.reason, objects: failed.length },
      'objects not deleted from storage; will retry',
    );
  };

  /** One batch; resolves to how many objects were deleted. */
  const drainOnce = async (): Promise<number> => {
    const due = await claimStorageDeletions(deps.db, { limit: BATCH, leaseSeconds: LEASE_SECONDS });
    const results = await Promise.allSettled(
      due.map((item) => limiter.run(() => deps.storage.delete(item.storageKey))),
    );
    const deleted = due.filter((_, i) => results[i]!.status === 'fulfilled');
    const failed = due.flatMap((item, i) => {
      const result = results[i]!;
      return result.status === 'rejected' ? [{ item, reason: result.reason as unknown }] : [];
    });
    await completeStorageDeletions(
      deps.db,
      deleted.map((item) => item.id),
    );
    if (failed.length > 0) await retry(failed);
    return deleted.length;
  };

  return createQueueWorker({
    drainOnce,
    batchSize: BATCH,
    idleMs: 5_000,
    logger: deps.logger,
    what: 'storage deletion queue',
  });
}

export type StorageCleanup = ReturnType<typeof createStorageCleanup>;
