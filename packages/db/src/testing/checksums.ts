import { sql, type Kysely } from 'kysely';
import type { Database } from '../database.ts';

export interface TableChecksum {
  rows: number;
  /** md5 of every row's text form, in a fixed order: equal only if the contents are equal. */
  md5: string | null;
}

/** Row count and content checksum of every table in the public schema (migrations included). */
export async function tableChecksums(db: Kysely<Database>): Promise<Record<string, TableChecksum>> {
  const { rows: tables } = await sql<{ name: string }>`
    select tablename as name from pg_tables where schemaname = 'public' order by tablename
  `.execute(db);
  const result: Record<string, TableChecksum> = {};
  for (const { name } of tables) {
    const { rows } = await sql<TableChecksum>`
      select count(*)::int as rows, md5(string_agg(t::text, ',' order by t::text)) as md5
      from ${sql.table(name)} t
    `.execute(db);
    result[name] = rows[0]!;
  }
  return result;
}
