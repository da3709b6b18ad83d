import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database, ImportItemStatus, ImportJobStatus, ImportKind } from '../database.ts';

export interface ImportItemView {
  position: number;
  url: string | null;
  entry: string | null;
  name: string | null;
  status: ImportItemStatus;
  reason: string | null;
  recipeId: string | null;
}

export interface ImportJobView {
  id: string;
  kind: ImportKind;
  status: ImportJobStatus;
  filename: string | null;
  error: string | null;
  createdAt: Date;
  updatedAt: Date;
  counts: Record<ImportItemStatus, number>;
}

/** A list of links to import in the background, one item per link, in the order given. */
export async function createLinkImport(
  db: Kysely<Database>,
  { ownerId, urls }: { ownerId: string; urls: string[] },
): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto('import_jobs')
      .values({ owner_id: ownerId, kind: 'links', status: urls.length > 0 ? 'importing' : 'done' })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (urls.length > 0) {
      await trx
        .insertInto('import_items')
        .values(
          urls.map((url, position) => ({ job_id: id, position, url, status: 'queued' as const })),
        )
        .execute();
    }
    return id;
  });
}

/** An uploaded archive waiting to be read by the files service (which then adds its items). */
export async function createArchiveImport(
  db: Kysely<Database>,
  { ownerId, filename, storageKey }: { ownerId: string; filename: string; storageKey: string },
): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto('import_jobs')
      .values({
        owner_id: ownerId,
        kind: 'archive',
        status: 'reading',
        filename,
        storage_key: storageKey,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx.insertInto('archive_reads').values({ job_id: id }).execute();
    return id;
  });
}

const jobColumns = [
  'j.id',
  'j.kind',
  'j.status',
  'j.filename',
  'j.error',
  'j.created_at as createdAt',
  'j.updated_at as updatedAt',
] as const;

/** How many items are in each state, for every job asked about, in one query. */
async function countsOf(db: Kysely<Database>, jobIds: string[]) {
  const rows =
    jobIds.length === 0
      ? []
      : await db
          .selectFrom('import_items')
          .select(['job_id as jobId', 'status', (eb) => eb.fn.countAll<string>().as('count')])
          .where('job_id', 'in', jobIds)
          .groupBy(['job_id', 'status'])
          .execute();
  const empty = (): ImportJobView['counts'] => ({
    queued: 0,
    imported: 0,
    failed: 0,
    duplicate: 0,
    skipped: 0,
  });
  const counts = new Map(jobIds.map((id) => [id, empty()]));
  for (const row of rows) counts.get(row.jobId)![row.status] = Number(row.count);
  return counts;
}

/** The person's most recent imports, newest first. */
export async function listImportJobs(
  db: Kysely<Database>,
  { ownerId, limit }: { ownerId: string; limit: number },
): Promise<ImportJobView[]> {
  const jobs = await db
    .selectFrom('import_jobs as j')
    .select(jobColumns)
    .where('j.owner_id', '=', ownerId)
    .orderBy('j.created_at', 'desc')
    .limit(limit)
    .execute();
  const counts = await countsOf(
    db,
    jobs.map((job) => job.id),
  );
  return jobs.map((job) => ({ ...job, counts: counts.get(job.id)! }));
}

/** One of the person's imports with every item's state; undefined when it is not theirs. */
export async function findImportJob(
  db: Kysely<Database>,
  { id, ownerId }: { id: string; ownerId: string },
): Promise<(ImportJobView & { items: ImportItemView[] }) | undefined> {
  const job = await db
    .selectFrom('import_jobs as j')
    .select(jobColumns)
    .where('j.id', '=', id)
    .where('j.owner_id', '=', ownerId)
    .executeTakeFirst();
  if (!job) return undefined;
  const items = await db
    .selectFrom('import_items')
    .select(['position', 'url', 'entry', 'name', 'status', 'reason', 'recipe_id as recipeId'])
    .where('job_id', '=', id)
    .orderBy('position')
    .execute();
  const counts = (await countsOf(db, [id])).get(id)!;
  return { ...job, counts, items };
}

/** Once no item waits, the job is done: called in the transaction that settles an item. */
export async function finishImportJobIfDone(
  trx: Transaction<Database> | Kysely<Database>,
  jobId: string,
) {
  await trx
    .updateTable('import_jobs')
    .set({ status: 'done' })
    .where('id', '=', jobId)
    .where('status', '=', 'importing')
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('import_items')
            .select(sql`1`.as('one'))
            .where('job_id', '=', jobId)
            .where('status', '=', 'queued'),
        ),
      ),
    )
    .execute();
}
