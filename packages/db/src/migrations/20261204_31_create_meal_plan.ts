import { sql, type Kysely } from 'kysely';
import { now, uuid } from './helpers.ts';

/**
 * The meal plan: what is cooked on which day and meal. An entry names a recipe, or only a note
 * ("leftovers", "eat out"); a deleted recipe leaves its entry with the name it had.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('meal_plan_entries')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(uuid))
    .addColumn('owner_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('day', 'date', (c) => c.notNull())
    .addColumn('slot', 'text', (c) =>
      c.notNull().check(sql`slot in ('breakfast', 'lunch', 'dinner', 'snack')`),
    )
    .addColumn('recipe_id', 'uuid', (c) => c.references('recipes.id').onDelete('set null'))
    .addColumn('recipe_name', 'text')
    .addColumn('note', 'text')
    .addColumn('servings', 'integer', (c) => c.check(sql`servings between 1 and 1000`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addCheckConstraint(
      'meal_plan_entries_names_something',
      sql`recipe_name is not null or note is not null`,
    )
    .execute();
  await db.schema
    .createIndex('meal_plan_entries_owner_day_idx')
    .on('meal_plan_entries')
    .columns(['owner_id', 'day'])
    .execute();
  await db.schema
    .createIndex('meal_plan_entries_recipe_idx')
    .on('meal_plan_entries')
    .column('recipe_id')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('meal_plan_entries').execute();
}
