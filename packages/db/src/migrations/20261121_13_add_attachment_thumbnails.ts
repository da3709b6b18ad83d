import { sql, type Kysely } from 'kysely';

/**
 * `thumbnail_key`: where an image's gallery thumbnail is stored, null until the files service
 * has made it. `created_at` from the clock rather than the transaction start, so files
 * uploaded together (one transaction) keep the order they were sent in.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('attachments')
    .addColumn('thumbnail_key', 'text', (c) => c.unique())
    .execute();
  await db.schema
    .alterTable('attachments')
    .alterColumn('created_at', (c) => c.setDefault(sql`clock_timestamp()`))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('attachments')
    .alterColumn('created_at', (c) => c.setDefault(sql`now()`))
    .execute();
  await db.schema.alterTable('attachments').dropColumn('thumbnail_key').execute();
}
