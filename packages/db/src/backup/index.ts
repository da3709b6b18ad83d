import { open } from 'node:fs/promises';
import type { Kysely } from 'kysely';
import { createDb } from '../create-db.ts';
import type { Database } from '../database.ts';
import { getServerMajorVersion } from './catalog.ts';
import { runPgDump, runPgRestore } from './pg-dump.ts';
import { chooseTools, findPgTools, type PgTools } from './pg-tools.ts';
import { restorePortableSnapshot, writePortableSnapshot } from './portable.ts';

export type { PgTools } from './pg-tools.ts';

/** `custom`: pg_dump's archive (-Fc). `portable`: our own row snapshot, for when no pg_dump fits. */
export type DumpFormat = 'custom' | 'portable';

export interface DumpPlan {
  format: DumpFormat;
  /** The pg_dump/pg_restore pair, for the custom format. */
  tools?: PgTools | undefined;
  /** Why the plan is what it is, for the operator. */
  description: string;
}

/** One connection for the length of one job. */
async function withDatabase<T>(url: string, use: (db: Kysely<Database>) => Promise<T>): Promise<T> {
  const handle = await createDb({ databaseUrl: url, poolMax: 1 });
  try {
    return await use(handle.db);
  } finally {
    await handle.close();
  }
}

export function serverMajorVersion(url: string): Promise<number> {
  return withDatabase(url, getServerMajorVersion);
}

/**
 * How to dump `sourceUrl` so the dump also restores into every server in `restoreUrls`:
 * pg_dump of a version no older than any of them (the same as the source when there is
 * one); without such a pg_dump here, `auto` falls back to the portable snapshot.
 */
export async function planDump(options: {
  sourceUrl: string;
  restoreUrls?: string[];
  format?: DumpFormat | 'auto';
}): Promise<DumpPlan> {
  const { sourceUrl, restoreUrls = [], format = 'auto' } = options;
  if (format === 'portable') return { format, description: 'portable snapshot' };
  const majors = await Promise.all([sourceUrl, ...restoreUrls].map(serverMajorVersion));
  const needed = Math.max(...majors);
  const tools = chooseTools(await findPgTools(), needed);
  if (tools) {
    return { format: 'custom', tools, description: `pg_dump ${tools.version}, custom format` };
  }
  const missing = `no pg_dump for PostgreSQL ${needed} or newer on this machine`;
  if (format === 'custom') {
    throw new Error(
      `Cannot write a custom-format dump: ${missing} (install postgresql-client-${needed})`,
    );
  }
  return { format: 'portable', description: `portable snapshot (${missing})` };
}

export async function dumpDatabase(url: string, file: string, plan: DumpPlan): Promise<void> {
  if (plan.format === 'custom') return runPgDump(plan.tools!, url, file);
  return withDatabase(url, (db) => writePortableSnapshot(db, file));
}

/** Which format a dump file is in, from its first bytes. */
export async function detectDumpFormat(file: string): Promise<DumpFormat> {
  const handle = await open(file, 'r');
  try {
    const { buffer } = await handle.read(Buffer.alloc(5), 0, 5, 0);
    if (buffer.toString('latin1') === 'PGDMP') return 'custom';
    if (buffer[0] === 0x1f && buffer[1] === 0x8b) return 'portable';
  } finally {
    await handle.close();
  }
  throw new Error(`${file} is neither a pg_dump custom archive nor a Saffron snapshot`);
}

/**
 * Replaces the contents of the database at `url` with the dump, atomically. A custom archive
 * goes through pg_restore (`tools` when given, else the pair that fits the target server).
 */
export async function restoreDatabase(
  url: string,
  file: string,
  tools?: PgTools,
): Promise<{ format: DumpFormat; description: string }> {
  const format = await detectDumpFormat(file);
  if (format === 'portable') {
    await withDatabase(url, (db) => restorePortableSnapshot(db, file));
    return { format, description: 'portable snapshot' };
  }
  const target = await serverMajorVersion(url);
  const chosen = tools ?? chooseTools(await findPgTools(), target);
  if (!chosen) throw new Error(`No pg_restore for PostgreSQL ${target} or newer on this machine`);
  await runPgRestore(chosen, url, file);
  return { format, description: `pg_restore ${chosen.version}` };
}
