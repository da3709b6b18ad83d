import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database, ImportItemStatus } from '../database.ts';
import { finishImportJobIfDone } from './import-jobs.ts';
import { insertRecipe, type RecipeWrite } from './recipes.ts';
import { claimWork, retryWork } from './work-queue.ts';

/** An item leased to this worker, with what it needs to know of its owner. */
export interface ClaimedImportItem {
  id: number;
  jobId: string;
  ownerId: string;
  language: string | null;
  position: number;
  url: string | null;
  draft: unknown;
  attempts: number;
}

export function claimImportItems(
  db: Kysely<Database>,
  { limit, leaseSeconds }: { limit: number; leaseSeconds: number },
): Promise<ClaimedImportItem[]> {
  return claimWork<ClaimedImportItem>(db, 'import_items', {
    limit,
    leaseSeconds,
    where: sql`status = 'queued'`,
    orderBy: sql`id`,
    returning: sql`
      id, job_id as "jobId", position, url, draft, attempts,
      (select owner_id from import_jobs where id = job_id) as "ownerId",
      (select u.language from import_jobs j join users u on u.id = j.owner_id where j.id = job_id) as language`,
  });
}

export interface ItemOutcome {
  status: Exclude<ImportItemStatus, 'queued'>;
  name?: string | undefined;
  reason?: string | undefined;
  recipeId?: string | undefined;
}

async function settle(
  trx: Transaction<Database>,
  item: Pick<ClaimedImportItem, 'id' | 'jobId'>,
  outcome: ItemOutcome,
) {
  // One settle at a time per job, so the last one to finish sees every other and ends the job.
  await trx
    .selectFrom('import_jobs')
    .select('id')
    .where('id', '=', item.jobId)
    .forUpdate()
    .execute();
  await trx
    .updateTable('import_items')
    .set({
      status: outcome.status,
      name: outcome.name?.slice(0, 200) ?? null,
      reason: outcome.reason?.slice(0, 1000) ?? null,
      recipe_id: outcome.recipeId ?? null,
      draft: null,
    })
    .where('id', '=', item.id)
    .execute();
  await finishImportJobIfDone(trx, item.jobId);
}

/** An item that brought no recipe: failed, skipped, or already in the person's recipes. */
export function settleImportItem(
  db: Kysely<Database>,
  item: Pick<ClaimedImportItem, 'id' | 'jobId'>,
  outcome: ItemOutcome,
): Promise<void> {
  return db.transaction().execute((trx) => settle(trx, item, outcome));
}

export interface PhotoToImport {
  sourceUrl?: string | undefined;
  stagedKey?: string | undefined;
  filename?: string | undefined;
}

/**
 * The recipe, the item's new state and the photos still to bring in, in one transaction: a
 * worker that dies before the commit leaves the item queued (its lease runs out and another
 * takes it), one that dies after leaves it imported, so no recipe is lost or made twice.
 */
export function importRecipeForItem(
  db: Kysely<Database>,
  item: Pick<ClaimedImportItem, 'id' | 'jobId'>,
  { write, photos }: { write: RecipeWrite; photos: PhotoToImport[] },
): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const { id } = await insertRecipe(trx, write);
    if (photos.length > 0) {
      await trx
        .insertInto('attachment_imports')
        .values(
          photos.map((photo, position) => ({
            recipe_id: id,
            owner_id: write.ownerId,
            position,
            source_url: photo.sourceUrl ?? null,
            staged_key: photo.stagedKey ?? null,
            filename: photo.filename ?? null,
          })),
        )
        .execute();
    }
    await settle(trx, item, { status: 'imported', name: write.fields.name, recipeId: id });
    return id;
  });
}

/** A passing failure (a database or network hiccup): the item waits and is tried again. */
export function retryImportItem(
  db: Kysely<Database>,
  { id, delaySeconds, error }: { id: number; delaySeconds: number; error: string },
): Promise<void> {
  return retryWork(db, 'import_items', { ids: [id], delaySeconds, error });
}

/** Items read from an archive; a second read of the same archive adds nothing twice. */
export async function addArchiveItems(
  db: Kysely<Database>,
  jobId: string,
  items: {
    position: number;
    entry: string;
    draft?: unknown;
    status: 'queued' | 'skipped';
    name?: string;
    reason?: string;
  }[],
): Promise<void> {
  if (items.length === 0) return;
  await db
    .insertInto('import_items')
    .values(
      items.map((item) => ({
        job_id: jobId,
        position: item.position,
        entry: item.entry.slice(0, 500),
        draft: item.draft === undefined ? null : JSON.stringify(item.draft),
        status: item.status,
        name: item.name?.slice(0, 200) ?? null,
        reason: item.reason?.slice(0, 1000) ?? null,
      })),
    )
    .onConflict((conflict) => conflict.columns(['job_id', 'position']).doNothing())
    .execute();
}
