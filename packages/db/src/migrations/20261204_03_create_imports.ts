import { sql, type CreateTableBuilder, type Kysely } from 'kysely';
import { addUpdatedAtTrigger, now, uuid } from './helpers.ts';

/** The columns every work queue table has (see queries/work-queue.ts). */
function queueColumns(table: CreateTableBuilder<string, any>) {
  return table
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('available_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now));
}

/**
 * Imports that run in the background. A job is a list of links or an uploaded archive; its
 * items are the recipes it brings, each imported in its own transaction together with its new
 * state, so a restart mid-job neither loses nor doubles one. Three queues drive it: the files
 * service reads an uploaded archive into items (`archive_reads`), the api turns items into
 * recipes (`import_items` itself), and the files service brings each recipe's photos in
 * (`attachment_imports`), from a link through the safe fetcher or from the archive.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('import_jobs')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(uuid))
    .addColumn('owner_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('links', 'archive')`))
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('reading', 'importing', 'done', 'failed')`),
    )
    .addColumn('filename', 'text')
    .addColumn('storage_key', 'text')
    .addColumn('error', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .execute();
  await addUpdatedAtTrigger(db, 'import_jobs');
  await db.schema
    .createIndex('import_jobs_owner_idx')
    .on('import_jobs')
    .columns(['owner_id', 'created_at'])
    .execute();

  await queueColumns(
    db.schema
      .createTable('import_items')
      .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
      .addColumn('job_id', 'uuid', (c) =>
        c.notNull().references('import_jobs.id').onDelete('cascade'),
      )
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('url', 'text')
      .addColumn('entry', 'text')
      .addColumn('draft', 'jsonb')
      .addColumn('status', 'text', (c) =>
        c.notNull().check(sql`status in ('queued', 'imported', 'failed', 'duplicate', 'skipped')`),
      )
      .addColumn('name', 'text')
      .addColumn('reason', 'text')
      .addColumn('recipe_id', 'uuid', (c) => c.references('recipes.id').onDelete('set null')),
  ).execute();
  await db.schema
    .createIndex('import_items_job_position_idx')
    .on('import_items')
    .columns(['job_id', 'position'])
    .unique()
    .execute();
  await db.schema
    .createIndex('import_items_due_idx')
    .on('import_items')
    .columns(['available_at', 'id'])
    .where(sql.ref('status'), '=', 'queued')
    .execute();

  await queueColumns(
    db.schema
      .createTable('archive_reads')
      .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
      .addColumn('job_id', 'uuid', (c) =>
        c.notNull().references('import_jobs.id').onDelete('cascade'),
      ),
  ).execute();

  await queueColumns(
    db.schema
      .createTable('attachment_imports')
      .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
      .addColumn('recipe_id', 'uuid', (c) =>
        c.notNull().references('recipes.id').onDelete('cascade'),
      )
      .addColumn('owner_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('source_url', 'text')
      .addColumn('staged_key', 'text')
      .addColumn('filename', 'text'),
  ).execute();
  for (const table of ['archive_reads', 'attachment_imports']) {
    await db.schema
      .createIndex(`${table}_available_idx`)
      .on(table)
      .columns(['available_at', 'id'])
      .execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('attachment_imports').execute();
  await db.schema.dropTable('archive_reads').execute();
  await db.schema.dropTable('import_items').execute();
  await db.schema.dropTable('import_jobs').execute();
}
