import { sql, type Kysely } from 'kysely';
import type { Database } from '../database.ts';
import { finishImportJobIfDone } from './import-jobs.ts';
import { claimWork, completeWork, retryWork } from './work-queue.ts';

export interface ClaimedArchiveRead {
  id: number;
  jobId: string;
  ownerId: string;
  language: string | null;
  storageKey: string | null;
  filename: string | null;
  attempts: number;
}

/** An uploaded archive to read, leased to this files service instance. */
export function claimArchiveReads(
  db: Kysely<Database>,
  { limit, leaseSeconds }: { limit: number; leaseSeconds: number },
): Promise<ClaimedArchiveRead[]> {
  return claimWork<ClaimedArchiveRead>(db, 'archive_reads', {
    limit,
    leaseSeconds,
    orderBy: sql`id`,
    returning: sql`
      id, job_id as "jobId", attempts,
      (select owner_id from import_jobs where id = job_id) as "ownerId",
      (select storage_key from import_jobs where id = job_id) as "storageKey",
      (select filename from import_jobs where id = job_id) as filename,
      (select u.language from import_jobs j join users u on u.id = j.owner_id where j.id = job_id) as language`,
  });
}

/**
 * The archive has been read into items: the job moves on to importing them (or is done when
 * it held none), the uploaded archive is queued for deletion, and the read leaves the queue.
 */
export async function finishArchiveRead(
  db: Kysely<Database>,
  read: Pick<ClaimedArchiveRead, 'id' | 'jobId' | 'storageKey'>,
  failure?: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('import_jobs')
      .set({
        status: failure ? 'failed' : 'importing',
        error: failure?.slice(0, 1000) ?? null,
        storage_key: null,
      })
      .where('id', '=', read.jobId)
      .execute();
    if (!failure) await finishImportJobIfDone(trx, read.jobId);
    if (read.storageKey)
      await trx.insertInto('storage_deletions').values({ storage_key: read.storageKey }).execute();
    await completeWork(trx, 'archive_reads', [read.id]);
  });
}

export function retryArchiveRead(
  db: Kysely<Database>,
  { id, delaySeconds, error }: { id: number; delaySeconds: number; error: string },
): Promise<void> {
  return retryWork(db, 'archive_reads', { ids: [id], delaySeconds, error });
}
