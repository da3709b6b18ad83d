import { sql, type Kysely } from 'kysely';
import { now } from './helpers.ts';

/**
 * Objects waiting to be deleted from storage. A trigger queues an attachment's objects in the
 * transaction that deletes its row, whether the row goes alone or with its recipe or user
 * (cascades), so no code path can forget them; the files service's cleanup job drains the queue.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('storage_deletions')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('storage_key', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('available_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .execute();
  await db.schema
    .createIndex('storage_deletions_available_idx')
    .on('storage_deletions')
    .columns(['available_at', 'id'])
    .execute();
  await db.schema
    .createIndex('storage_deletions_key_idx')
    .on('storage_deletions')
    .column('storage_key')
    .execute();
  // Statement level with a transition table: one insert however many rows a cascade removes.
  await sql`
    create function saffron_queue_attachment_objects() returns trigger language plpgsql as $$
    begin
      insert into storage_deletions (storage_key)
      select storage_key from removed
      union all
      select thumbnail_key from removed where thumbnail_key is not null;
      return null;
    end $$
  `.execute(db);
  await sql`
    create trigger attachments_queue_objects
    after delete on attachments
    referencing old table as removed
    for each statement execute function saffron_queue_attachment_objects()
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger attachments_queue_objects on attachments`.execute(db);
  await sql`drop function saffron_queue_attachment_objects()`.execute(db);
  await db.schema.dropTable('storage_deletions').execute();
}
