import { sql, type Kysely } from 'kysely';
import { addUpdatedAtTrigger, now, uuid } from './helpers.ts';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('recipes')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(uuid))
    .addColumn('owner_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('servings', 'integer', (c) => c.check(sql`servings > 0`))
    .addColumn('prep_minutes', 'integer', (c) => c.check(sql`prep_minutes >= 0`))
    .addColumn('cook_minutes', 'integer', (c) => c.check(sql`cook_minutes >= 0`))
    .addColumn('steps', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('tags', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('source_url', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .execute();
  await addUpdatedAtTrigger(db, 'recipes');
  // Newest-first listing per owner, and the keyset cursor over (created_at, id).
  await db.schema
    .createIndex('recipes_owner_newest_idx')
    .on('recipes')
    .columns(['owner_id', 'created_at desc', 'id desc'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('recipes').execute();
}
