import { sql, type Kysely } from 'kysely';

/**
 * What the ingredient parser and the importer read beyond quantity, unit and name: the upper
 * end of a range ("2-3 eggs"), size, preparation and the heading a row sits under; and on the
 * recipe the total time, author, printed yield, nutrition, the cook's notes and the headings of
 * its steps.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('ingredients')
    .addColumn('quantity_max', sql`numeric(12, 4)`, (c) =>
      c.check(sql`quantity_max is null or quantity_max > quantity`),
    )
    .addColumn('size', 'text')
    .addColumn('preparation', 'text')
    .addColumn('group_name', 'text')
    .execute();
  await db.schema
    .alterTable('recipes')
    .addColumn('total_minutes', 'integer')
    .addColumn('author', 'text')
    .addColumn('yield_text', 'text')
    .addColumn('nutrition', 'text')
    .addColumn('notes', 'text')
    .addColumn('step_groups', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .execute();
  // Imports ask "is this page already in my recipes?" by source address.
  await db.schema
    .createIndex('recipes_owner_source_url')
    .on('recipes')
    .columns(['owner_id', 'source_url'])
    .where(sql.ref('source_url'), 'is not', null)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('recipes_owner_source_url').execute();
  await db.schema
    .alterTable('recipes')
    .dropColumn('total_minutes')
    .dropColumn('author')
    .dropColumn('yield_text')
    .dropColumn('nutrition')
    .dropColumn('notes')
    .dropColumn('step_groups')
    .execute();
  await db.schema
    .alterTable('ingredients')
    .dropColumn('quantity_max')
    .dropColumn('size')
    .dropColumn('preparation')
    .dropColumn('group_name')
    .execute();
}
