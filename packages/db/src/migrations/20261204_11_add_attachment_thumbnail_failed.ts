import type { Kysely } from 'kysely';

/**
 * `thumbnail_failed_at`: when an image was found not to decode (broken, or beyond the pixel
 * limit). Such an image is never decoded again, on any instance: asking for its thumbnail
 * over and over would otherwise make the files service decode it over and over.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('attachments')
    .addColumn('thumbnail_failed_at', 'timestamptz')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('attachments').dropColumn('thumbnail_failed_at').execute();
}
