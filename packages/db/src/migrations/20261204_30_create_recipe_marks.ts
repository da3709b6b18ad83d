import { sql, type Kysely } from 'kysely';
import { addUpdatedAtTrigger, now, uuid } from './helpers.ts';

/**
 * What each person keeps about a recipe, apart from the recipe itself (which a household will
 * share): a favourite, a 1–5 rating, and a log of the days they cooked it.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('recipe_marks')
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('recipe_id', 'uuid', (c) => c.notNull().references('recipes.id').onDelete('cascade'))
    .addColumn('favourite', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('rating', 'smallint', (c) => c.check(sql`rating between 1 and 5`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addPrimaryKeyConstraint('recipe_marks_pkey', ['user_id', 'recipe_id'])
    .execute();
  await addUpdatedAtTrigger(db, 'recipe_marks');
  await db.schema
    .createIndex('recipe_marks_recipe_idx')
    .on('recipe_marks')
    .column('recipe_id')
    .execute();

  await db.schema
    .createTable('cook_log')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(uuid))
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('recipe_id', 'uuid', (c) => c.notNull().references('recipes.id').onDelete('cascade'))
    .addColumn('cooked_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addColumn('note', 'text')
    .execute();
  await db.schema
    .createIndex('cook_log_user_recipe_idx')
    .on('cook_log')
    .columns(['user_id', 'recipe_id', 'cooked_at'])
    .execute();
  await db.schema.createIndex('cook_log_recipe_idx').on('cook_log').column('recipe_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('cook_log').execute();
  await db.schema.dropTable('recipe_marks').execute();
}
