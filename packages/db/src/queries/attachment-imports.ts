import { sql, type Kysely } from 'kysely';
import type { Database } from '../database.ts';
import { claimWork, completeWork, retryWork } from './work-queue.ts';

export interface ClaimedAttachmentImport {
  id: number;
  recipeId: string;
  ownerId: string;
  sourceUrl: string | null;
  stagedKey: string | null;
  filename: string | null;
  attempts: number;
}

/** Photos to bring into imported recipes, in the order each recipe listed them. */
export function claimAttachmentImports(
  db: Kysely<Database>,
  { limit, leaseSeconds }: { limit: number; leaseSeconds: number },
): Promise<ClaimedAttachmentImport[]> {
  return claimWork<ClaimedAttachmentImport>(db, 'attachment_imports', {
    limit,
    leaseSeconds,
    orderBy: sql`id`,
    returning: sql`
      id, recipe_id as "recipeId", owner_id as "ownerId", source_url as "sourceUrl",
      staged_key as "stagedKey", filename, attempts`,
  });
}

/** Done (or given up): a staged copy from an archive is queued for deletion with it. */
export async function completeAttachmentImport(
  db: Kysely<Database>,
  done: Pick<ClaimedAttachmentImport, 'id' | 'stagedKey'>,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    if (done.stagedKey)
      await trx.insertInto('storage_deletions').values({ storage_key: done.stagedKey }).execute();
    await completeWork(trx, 'attachment_imports', [done.id]);
  });
}

export function retryAttachmentImport(
  db: Kysely<Database>,
  { id, delaySeconds, error }: { id: number; delaySeconds: number; error: string },
): Promise<void> {
  return retryWork(db, 'attachment_imports', { ids: [id], delaySeconds, error });
}
