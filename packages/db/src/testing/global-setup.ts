import { randomBytes } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import { createDb } from '../create-db.ts';
import { migrateToLatest } from '../migrator.ts';
import './context.ts';
import { adminQuery, databaseUrl, openTestServer, redact } from './server.ts';

/** Vitest globalSetup: one migrated template per run, dropped with every copy at the end. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
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
  project.provide('testDatabase', { adminUrl: server.adminUrl, run, template });

  return async () => {
    const { rows } = await adminQuery(
      server.adminUrl,
      `select datname from pg_database where datname like '${run}%'`,
    );
    for (const { datname } of rows as { datname: string }[]) {
      await adminQuery(server.adminUrl, `drop database if exists "${datname}" with (force)`);
    }
    await server.release();
  };
}
