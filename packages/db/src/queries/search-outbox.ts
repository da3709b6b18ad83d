import { sql, type Kysely } from 'kysely';
import type { Database, SearchOperation } from '../database.ts';
import { claimWork, completeWork, retryWork } from './work-queue.ts';

export interface SearchChange {
  id: number;
  recipeId: string;
  ownerId: string;
  operation: SearchOperation;
  attempts: number;
}

/** Written in the transaction of the change itself, so a crash can lose neither. */
export async function enqueueSearchChange(
  db: Kysely<Database>,
  change: { recipeId: string; ownerId: string; operation: SearchOperation },
): Promise<void> {
  await db
    .insertInto('search_outbox')
    .values({ recipe_id: change.recipeId, owner_id: change.ownerId, operation: change.operation })
    .execute();
}

/** A batch of due changes, leased to this worker (see claimWork). */
export function claimSearchChanges(
  db: Kysely<Database>,
  { limit, leaseSeconds }: { limit: number; leaseSeconds: number },
): Promise<SearchChange[]> {
  // In id order: two changes to one recipe must reach the engine as they were made.
  return claimWork<SearchChange>(db, 'search_outbox', {
    limit,
    leaseSeconds,
    orderBy: sql`id`,
    returning: sql`id, recipe_id as "recipeId", owner_id as "ownerId", operation, attempts`,
  });
}

export function completeSearchChanges(db: Kysely<Database>, ids: number[]): Promise<void> {
  return completeWork(db, 'search_outbox', ids);
}

export function retrySearchChanges(
  db: Kysely<Database>,
  failure: { ids: number[]; delaySeconds: number; error: string },
): Promise<void> {
  return retryWork(db, 'search_outbox', failure);
}

export async function countSearchChanges(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('search_outbox')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}
