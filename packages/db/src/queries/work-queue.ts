import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../database.ts';

/**
 * Tables used as work queues: rows become due at `available_at`, count their `attempts`,
 * keep their `last_error`, and are deleted when done.
 */
export type WorkQueue =
  'search_outbox' | 'storage_deletions' | 'import_items' | 'archive_reads' | 'attachment_imports';

/**
 * Takes a batch of due rows for this worker: each is leased (pushed into the future) so other
 * instances skip it, and comes back by itself if this worker dies mid-batch.
 */
export async function claimWork<Row>(
  db: Kysely<Database>,
  queue: WorkQueue,
  options: {
    limit: number;
    leaseSeconds: number;
    orderBy: RawBuilder<unknown>;
    returning: RawBuilder<unknown>;
    /** Only rows that also match this (a queue whose done rows stay, such as import items). */
    where?: RawBuilder<unknown>;
  },
): Promise<Row[]> {
  const { rows } = await sql<Row>`
    update ${sql.table(queue)} set
      available_at = now() + make_interval(secs => ${options.leaseSeconds}),
      attempts = attempts + 1
    where id in (
      select id from ${sql.table(queue)}
      where available_at <= now() ${options.where ? sql`and ${options.where}` : sql``}
      order by ${options.orderBy}
      limit ${options.limit}
      for update skip locked
    )
    returning ${options.returning}
  `.execute(db);
  return rows;
}

export async function completeWork(
  db: Kysely<Database>,
  queue: WorkQueue,
  ids: number[],
): Promise<void> {
  if (ids.length > 0) await db.deleteFrom(queue).where('id', 'in', ids).execute();
}

/** A failed batch waits, longer after each failure, and keeps the reason for operators. */
export async function retryWork(
  db: Kysely<Database>,
  queue: WorkQueue,
  { ids, delaySeconds, error }: { ids: number[]; delaySeconds: number; error: string },
): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable(queue)
    .set({
      available_at: sql<Date>`now() + make_interval(secs => ${delaySeconds})`,
      last_error: error.slice(0, 1000),
    })
    .where('id', 'in', ids)
    .execute();
}
