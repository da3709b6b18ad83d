import { sql, type Kysely } from 'kysely';
import { addUpdatedAtTrigger, now, uuid } from './helpers.ts';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('grocery_items')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(uuid))
    .addColumn('owner_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('quantity', sql`numeric(12, 4)`, (c) => c.check(sql`quantity > 0`))
    .addColumn('unit', 'text')
    .addColumn('checked', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('source_recipe_id', 'uuid', (c) => c.references('recipes.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .execute();
  await addUpdatedAtTrigger(db, 'grocery_items');
  await db.schema
    .createIndex('grocery_items_owner_position_idx')
    .on('grocery_items')
    .columns(['owner_id', 'position'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('grocery_items').execute();
}
