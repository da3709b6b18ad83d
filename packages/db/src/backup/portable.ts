import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../database.ts';
import { migrations } from '../migrations/index.ts';
import { migrateTo } from '../migrator.ts';
import { getSchemaVersion } from '../queries/system.ts';
import { advanceSequences, listInsertableColumns, listTablesParentsFirst } from './catalog.ts';

/**
 * The portable snapshot: gzip'd lines, first a header, then per table a marker line
 * `["table","users"]` followed by one JSON object per row (to_jsonb text, never parsed in
 * JavaScript, so numerics and timestamps keep every digit). It needs no pg_dump, works
 * against any server version, and restores by migrating the target to the snapshot's schema
 * version and copying the rows back.
 */
const FORMAT = 'saffron-portable';
const BATCH_ROWS = 500;

interface Header {
  format: typeof FORMAT;
  version: 1;
  schemaVersion: string | null;
  createdAt: string;
}

async function* snapshotLines(trx: Kysely<Database>): AsyncGenerator<string> {
  const header: Header = {
    format: FORMAT,
    version: 1,
    schemaVersion: await getSchemaVersion(trx),
    createdAt: new Date().toISOString(),
  };
  yield `${JSON.stringify(header)}\n`;
  for (const table of await listTablesParentsFirst(trx)) {
    yield `${JSON.stringify(['table', table])}\n`;
    for (let after = '(0,0)'; ;) {
      const { rows } = await sql<{ at: string; row: string }>`
        select ctid::text as at, to_jsonb(t)::text as row from ${sql.table(table)} t
        where ctid > ${after}::tid order by ctid limit ${BATCH_ROWS}
      `.execute(trx);
      if (rows.length === 0) break;
      yield rows.map((each) => `${each.row}\n`).join('');
      after = rows.at(-1)!.at;
    }
  }
}

/** Writes a consistent snapshot (one repeatable-read transaction) of every application table. */
export async function writePortableSnapshot(db: Kysely<Database>, file: string): Promise<void> {
  await db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(async (trx) => {
      await pipeline(Readable.from(snapshotLines(trx)), createGzip(), createWriteStream(file));
    });
}

async function insertRows(trx: Kysely<Database>, table: string, rows: string[]): Promise<void> {
  const columns = sql.join((await listInsertableColumns(trx, table)).map((name) => sql.ref(name)));
  await sql`
    insert into ${sql.table(table)} (${columns}) overriding system value
    select ${columns} from jsonb_populate_recordset(null::${sql.table(table)}, ${`[${rows.join(',')}]`}::jsonb)
  `.execute(trx);
}

/** Copies the rows that follow the header into the (freshly migrated) tables, in batches. */
async function copyRows(trx: Kysely<Database>, lines: AsyncIterator<string>): Promise<string[]> {
  const tables: string[] = [];
  let pending: string[] = [];
  const flush = async () => {
    if (pending.length > 0) await insertRows(trx, tables.at(-1)!, pending);
    pending = [];
  };
  for (let next = await lines.next(); !next.done; next = await lines.next()) {
    const line = next.value;
    if (line.startsWith('[')) {
      await flush();
      tables.push((JSON.parse(line) as [string, string])[1]);
    } else if (line) {
      pending.push(line);
      if (pending.length >= BATCH_ROWS) await flush();
    }
  }
  await flush();
  return tables;
}

/**
 * Replaces the whole public schema of the target with the snapshot, in one transaction: a
 * failure leaves the target as it was.
 */
export async function restorePortableSnapshot(db: Kysely<Database>, file: string): Promise<void> {
  const input = createReadStream(file).pipe(createGunzip());
  const lines = createInterface({ input })[Symbol.asyncIterator]();
  const header = JSON.parse((await lines.next()).value ?? '{}') as Header;
  if (header.format !== FORMAT || header.version !== 1) throw new Error('Not a Saffron snapshot');
  const { schemaVersion } = header;
  if (schemaVersion && !(schemaVersion in migrations)) {
    throw new Error(`The snapshot's schema (${schemaVersion}) is newer than this Saffron`);
  }
  await db.transaction().execute(async (trx) => {
    await sql`drop schema if exists public cascade`.execute(trx);
    await sql`create schema public`.execute(trx);
    if (schemaVersion) await migrateTo(trx, schemaVersion);
    // The snapshot's rows are the truth, the migrations' own records included.
    const migrated = await listTablesParentsFirst(trx);
    if (migrated.length > 0) {
      await sql`truncate ${sql.join(migrated.map((table) => sql.table(table)))} cascade`.execute(
        trx,
      );
    }
    for (const table of await copyRows(trx, lines)) await advanceSequences(trx, table);
  });
}
