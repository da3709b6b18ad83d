import { sql, type Kysely } from 'kysely';

/**
 * Search on Postgres: a weighted full-text vector (name A, tags B, ingredients C,
 * description D) and a plain lower-case text for trigram matching, which forgives typos.
 * Both are written by the application in the same statement as the recipe.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create extension if not exists pg_trgm`.execute(db);
  await db.schema
    .alterTable('recipes')
    .addColumn('search_vector', sql`tsvector`, (c) => c.notNull().defaultTo(sql`''::tsvector`))
    .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await sql`create index recipes_search_vector_idx on recipes using gin (search_vector)`.execute(
    db,
  );
  await sql`create index recipes_search_text_trgm_idx on recipes using gin (search_text gin_trgm_ops)`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('recipes')
    .dropColumn('search_vector')
    .dropColumn('search_text')
    .execute();
}
