import { sql, type Kysely } from 'kysely';
import { now } from './helpers.ts';

export async function up(db: Kysely<any>): Promise<void> {
  // No foreign key on recipe_id: a deletion must still reach the search engine after the row is gone.
  await db.schema
    .createTable('search_outbox')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('recipe_id', 'uuid', (c) => c.notNull())
    .addColumn('owner_id', 'uuid', (c) => c.notNull())
    .addColumn('operation', 'text', (c) =>
      c.notNull().check(sql`operation in ('upsert', 'delete')`),
    )
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('available_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .execute();
  await db.schema
    .createIndex('search_outbox_available_idx')
    .on('search_outbox')
    .columns(['available_at', 'id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('search_outbox').execute();
}
