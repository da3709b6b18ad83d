import { sql, type Kysely } from 'kysely';
import type { Database } from '../database.ts';

/** Name of the newest applied migration, or null on an empty database. */
export async function getSchemaVersion(db: Kysely<Database>): Promise<string | null> {
  const { rows } = await sql<{ name: string }>`
    select name from kysely_migration order by name desc limit 1
  `.execute(db);
  return rows[0]?.name ?? null;
}

export async function hasAnyUser(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  return row !== undefined;
}

/** The cheapest round trip, for readiness probes. */
export async function pingDatabase(db: Kysely<Database>): Promise<void> {
  await sql`select 1`.execute(db);
}

/** Fresh planner statistics for tables just filled in bulk (autovacuum gets there only later). */
export async function analyzeTables(
  db: Kysely<Database>,
  tables: readonly (keyof Database)[],
): Promise<void> {
  await sql`analyze ${sql.join(tables.map((table) => sql.table(table)))}`.execute(db);
}
