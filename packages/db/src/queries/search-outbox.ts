import { sql, type Kysely } from 'kysely';
import type { Database, SearchOperation } from '../database.ts';

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

/**
 * Takes a batch of due changes for this worker: each is leased (pushed into the future) so
 * other api instances skip it, and comes back by itself if this worker dies mid-batch.
 */
export async function claimSearchChanges(
  db: Kysely<Database>,
  { limit, leaseSeconds }: { limit: number; leaseSeconds: number },
): Promise<SearchChange[]> {
  const { rows } = await sql<SearchChange>`
    update search_outbox set
      available_at = now() + make_interval(secs => ${leaseSeconds}),
      attempts = attempts + 1
    where id in (
      select id from search_outbox
      where available_at <= now()
      order by id
      limit ${limit}
      for update skip locked
    )
    returning id, recipe_id as "recipeId", owner_id as "ownerId", operation, attempts
  `.execute(db);
  return rows;
}

export async function completeSearchChanges(db: Kysely<Database>, ids: number[]): Promise<void> {
  if (ids.length > 0) await db.deleteFrom('search_outbox').where('id', 'in', ids).execute();
}

/** A failed batch waits, longer after each failure, and keeps the reason for operators. */
export async function retrySearchChanges(
  db: Kysely<Database>,
  { ids, delaySeconds, error }: { ids: number[]; delaySeconds: number; error: string },
): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable('search_outbox')
    .set({
      available_at: sql<Date>`now() + make_interval(secs => ${delaySeconds})`,
      last_error: error.slice(0, 1000),
    })
    .where('id', 'in', ids)
    .execute();
}

export async function countSearchChanges(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('search_outbox')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}
