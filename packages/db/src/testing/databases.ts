import { randomBytes } from 'node:crypto';
import { createDb } from '../create-db.ts';
import { migrateToLatest } from '../migrator.ts';
import type { TestDatabaseContext } from './context.ts';
import { adminQuery, databaseUrl, openTestServer, redact } from './server.ts';

export interface TestDatabase {
  url: string;
  drop: () => Promise<void>;
}

/**
 * One migrated template per test run, on the real server (TEST_DATABASE_URL) or the embedded
 * one; `teardown` drops the template and every copy the run made.
 */
export async function prepareTestDatabases(): Promise<{
  context: TestDatabaseContext;
  teardown: () => Promise<void>;
}> {
  const server = await openTestServer();
  const run = `saffron_test_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const template = `${run}_template`;
  await adminQuery(server.adminUrl, `create database ${template}`);
  const handle = await createDb({
    databaseUrl: databaseUrl(server.adminUrl, template),
    poolMax: 1,
  });
  try {
    await migrateToLatest(handle.db);
  } finally {
    await handle.close();
  }
  const where =
    server.mode === 'postgres'
      ? `real Postgres at ${redact(server.adminUrl)}`
      : 'embedded Postgres';
  console.info(`[db] tests run on ${where} (databases ${run}_*)`);
  return {
    context: { adminUrl: server.adminUrl, run, template },
    teardown: async () => {
      const { rows } = await adminQuery(
        server.adminUrl,
        `select datname from pg_database where datname like '${run}%'`,
      );
      for (const { datname } of rows as { datname: string }[]) {
        await adminQuery(server.adminUrl, `drop database if exists "${datname}" with (force)`);
      }
      await server.release();
    },
  };
}

/** A new database of this run: a copy of the migrated template, or empty. */
export async function createDatabaseCopy(
  { adminUrl, run, template }: TestDatabaseContext,
  { migrated = true } = {},
): Promise<TestDatabase> {
  const name = `${run}_${randomBytes(4).toString('hex')}`;
  await adminQuery(adminUrl, `create database ${name}${migrated ? ` template ${template}` : ''}`);
  return {
    url: databaseUrl(adminUrl, name),
    drop: async () => {
      await adminQuery(adminUrl, `drop database if exists ${name} with (force)`);
    },
  };
}
