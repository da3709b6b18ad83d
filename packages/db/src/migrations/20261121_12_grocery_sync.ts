import { sql, type Kysely } from 'kysely';

/**
 * The grocery list as the grocery app syncs it: a version per user's list that every change
 * bumps, items that record the version of their last change, several amounts per line,
 * several source recipes, and tombstones (deleted_at) so an item deleted on one device is
 * known to be gone on the others, even after they were offline.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('grocery_lists')
    .addColumn('owner_id', 'uuid', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('version', 'bigint', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable('grocery_items')
    .dropColumn('quantity')
    .dropColumn('unit')
    .dropColumn('source_recipe_id')
    .addColumn('amounts', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('food_key', 'text', (c) => c.notNull())
    .addColumn('category', 'text')
    .addColumn('source_recipe_ids', sql`uuid[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('version', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('checked_at', 'timestamptz')
    .addColumn('deleted_at', 'timestamptz')
    .execute();
  await db.schema.dropIndex('grocery_items_owner_position_idx').execute();
  await db.schema
    .createIndex('grocery_items_owner_version_idx')
    .on('grocery_items')
    .columns(['owner_id', 'version'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('grocery_items_owner_version_idx').execute();
  await db.schema
    .alterTable('grocery_items')
    .dropColumn('amounts')
    .dropColumn('food_key')
    .dropColumn('category')
    .dropColumn('source_recipe_ids')
    .dropColumn('version')
    .dropColumn('checked_at')
    .dropColumn('deleted_at')
    .addColumn('quantity', sql`numeric(12, 4)`, (c) => c.check(sql`quantity > 0`))
    .addColumn('unit', 'text')
    .addColumn('source_recipe_id', 'uuid', (c) => c.references('recipes.id').onDelete('set null'))
    .execute();
  await db.schema
    .createIndex('grocery_items_owner_position_idx')
    .on('grocery_items')
    .columns(['owner_id', 'position'])
    .execute();
  await db.schema.dropTable('grocery_lists').execute();
}
