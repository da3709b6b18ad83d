import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, beforeEach, inject } from 'vitest';
import { createDb, type CreateDbOptions, type DatabaseHandle } from '../create-db.ts';
import type { Database } from '../database.ts';
import './context.ts';
import { createDatabaseCopy, type TestDatabase } from './databases.ts';

export { tableChecksums, type TableChecksum } from './checksums.ts';
export { seedSampleData } from './sample-data.ts';
export type { TestDatabaseContext } from './context.ts';
export { createDatabaseCopy, prepareTestDatabases, type TestDatabase } from './databases.ts';
export { testEnv } from './env.ts';

/** A new database for this test file: a copy of the migrated template, or empty. */
export function createTestDatabase({ migrated = true } = {}): Promise<TestDatabase> {
  return createDatabaseCopy(inject('testDatabase'), { migrated });
}

export interface OpenTestDatabase {
  url: string;
  db: Kysely<Database>;
  /** Closes the connections and drops the database. */
  drop: () => Promise<void>;
}

/** A further database with its connection open, for tests that copy between databases. */
export async function openTestDatabase({ migrated = false } = {}): Promise<OpenTestDatabase> {
  const database = await createTestDatabase({ migrated });
  const handle = await createDb({ databaseUrl: database.url, poolMax: 2 });
  return {
    url: database.url,
    db: handle.db,
    drop: async () => {
      await handle.close();
      await database.drop();
    },
  };
}

/** Empties every application table (not the migration bookkeeping) between tests. */
export async function truncateAll(db: Kysely<Database>): Promise<void> {
  const { rows } = await sql<{ tablename: string }>`
    select tablename from pg_tables
    where schemaname = 'public' and tablename not like 'kysely_%'
  `.execute(db);
  if (rows.length === 0) return;
  const tables = sql.join(rows.map(({ tablename }) => sql.table(tablename)));
  await sql`truncate table ${tables} restart identity cascade`.execute(db);
}

/** Registers the hooks that open a test database for the file and drop it afterwards. */
function useDatabase(
  { migrated, log }: { migrated: boolean; log?: CreateDbOptions['log'] },
  beforeEachTest?: (db: Kysely<Database>) => Promise<void>,
) {
  let database: TestDatabase | undefined;
  let handle: DatabaseHandle | undefined;
  beforeAll(async () => {
    database = await createTestDatabase({ migrated });
    handle = await createDb({ databaseUrl: database.url, log });
  });
  if (beforeEachTest) beforeEach(() => (handle ? beforeEachTest(handle.db) : undefined));
  afterAll(async () => {
    await handle?.close();
    await database?.drop();
  });
  const notReady = () => new Error('The test database is ready only inside tests and hooks');
  return {
    get db(): Kysely<Database> {
      if (!handle) throw notReady();
      return handle.db;
    },
    get url(): string {
      if (!database) throw notReady();
      return database.url;
    },
  };
}

/**
 * Gives a test file its own migrated database, emptied before each test.
 * Use the returned object's `db` inside tests and hooks, not at module load.
 */
export function useTestDb(options: Pick<CreateDbOptions, 'log'> = {}) {
  return useDatabase({ migrated: true, log: options.log }, truncateAll);
}

/** A database with no schema at all, for testing migrations themselves. */
export function useEmptyTestDb() {
  return useDatabase({ migrated: false });
}
