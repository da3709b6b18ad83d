import { sql, type Kysely } from 'kysely';
import { uuid } from './helpers.ts';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('ingredients')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(uuid))
    .addColumn('recipe_id', 'uuid', (c) => c.notNull().references('recipes.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull().check(sql`position >= 0`))
    .addColumn('quantity', sql`numeric(12, 4)`, (c) => c.check(sql`quantity > 0`))
    .addColumn('unit', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('original', 'text')
    .addUniqueConstraint('ingredients_recipe_position_key', ['recipe_id', 'position'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('ingredients').execute();
}
