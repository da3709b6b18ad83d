import { sql, type Kysely } from 'kysely';
import type { Database } from '../database.ts';
import { claimWork, completeWork, retryWork } from './work-queue.ts';

export interface StorageDeletion {
  id: number;
  storageKey: string;
  attempts: number;
}

/**
 * Before an object is written, its key is queued for deletion far in the future: if the
 * process dies before a row takes the object over, the cleanup job still removes it.
 * The row that takes it over deletes the reservation in its own transaction.
 */
export async function reserveStorageKeys(
  db: Kysely<Database>,
  { keys, graceSeconds }: { keys: string[]; graceSeconds: number },
): Promise<void> {
  if (keys.length === 0) return;
  await db
    .insertInto('storage_deletions')
    .values(
      keys.map((key) => ({
        storage_key: key,
        available_at: sql<Date>`now() + make_interval(secs => ${graceSeconds})`,
      })),
    )
    .execute();
}

/** The objects are gone (or owned by a row now): nothing left to delete. */
export async function forgetStorageKeys(db: Kysely<Database>, keys: string[]): Promise<void> {
  if (keys.length > 0)
    await db.deleteFrom('storage_deletions').where('storage_key', 'in', keys).execute();
}

/** The objects are not wanted after all (a failed upload): delete them as soon as possible. */
export async function hastenStorageDeletions(db: Kysely<Database>, keys: string[]): Promise<void> {
  if (keys.length === 0) return;
  await db
    .updateTable('storage_deletions')
    .set({ available_at: sql<Date>`now()` })
    .where('storage_key', 'in', keys)
    .execute();
}

/** A batch of due deletions, leased to this worker (see claimWork). */
export function claimStorageDeletions(
  db: Kysely<Database>,
  { limit, leaseSeconds }: { limit: number; leaseSeconds: number },
): Promise<StorageDeletion[]> {
  return claimWork<StorageDeletion>(db, 'storage_deletions', {
    limit,
    leaseSeconds,
    orderBy: sql`available_at, id`,
    returning: sql`id, storage_key as "storageKey", attempts`,
  });
}

export function completeStorageDeletions(db: Kysely<Database>, ids: number[]): Promise<void> {
  return completeWork(db, 'storage_deletions', ids);
}

export function retryStorageDeletions(
  db: Kysely<Database>,
  failure: { ids: number[]; delaySeconds: number; error: string },
): Promise<void> {
  return retryWork(db, 'storage_deletions', failure);
}

/** Keys still queued, due or not (tests, operators). */
export async function listStorageDeletionKeys(db: Kysely<Database>): Promise<string[]> {
  const rows = await db
    .selectFrom('storage_deletions')
    .select('storage_key')
    .orderBy('id')
    .execute();
  return rows.map((row) => row.storage_key);
}
