import { sql, type Kysely } from 'kysely';
import type { Database } from '../database.ts';

/** The major version of the server behind `db` (15 for 15.4). */
export async function getServerMajorVersion(db: Kysely<Database>): Promise<number> {
  const { rows } = await sql<{ version: number }>`
    select current_setting('server_version_num')::int as version
  `.execute(db);
  return Math.floor(rows[0]!.version / 10_000);
}

/** Every table of the public schema (the migrations' bookkeeping too), parents before children. */
export async function listTablesParentsFirst(db: Kysely<Database>): Promise<string[]> {
  const { rows: tables } = await sql<{ name: string }>`
    select tablename as name from pg_tables where schemaname = 'public' order by tablename
  `.execute(db);
  const { rows: links } = await sql<{ child: string; parent: string }>`
    select child.relname as child, parent.relname as parent
    from pg_constraint c
    join pg_class child on child.oid = c.conrelid
    join pg_class parent on parent.oid = c.confrelid
    where c.contype = 'f' and c.connamespace = 'public'::regnamespace
  `.execute(db);
  const ordered: string[] = [];
  const visit = (table: string, path: string[]) => {
    if (ordered.includes(table) || path.includes(table)) return;
    for (const link of links) {
      if (link.child === table && link.parent !== table) visit(link.parent, [...path, table]);
    }
    ordered.push(table);
  };
  for (const { name } of tables) visit(name, []);
  return ordered;
}

/** Columns a row may be inserted with: generated columns are computed by the database. */
export async function listInsertableColumns(
  db: Kysely<Database>,
  table: string,
): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    select attname as name from pg_attribute
    where attrelid = format('public.%I', ${table}::text)::regclass and attnum > 0
      and not attisdropped and attgenerated = ''
    order by attnum
  `.execute(db);
  return rows.map((row) => row.name);
}

/** After rows were copied in with their ids: identity and serial sequences continue past them. */
export async function advanceSequences(db: Kysely<Database>, table: string): Promise<void> {
  const qualified = sql`format('public.%I', ${table}::text)`;
  const { rows } = await sql<{ name: string }>`
    select attname as name from pg_attribute
    where attrelid = ${qualified}::regclass and attnum > 0 and not attisdropped
      and pg_get_serial_sequence(${qualified}, attname) is not null
  `.execute(db);
  for (const { name } of rows) {
    await sql`
      select setval(pg_get_serial_sequence(${qualified}, ${name}),
                    coalesce(max(${sql.ref(name)}), 0) + 1, false)
      from ${sql.table(table)}
    `.execute(db);
  }
}
