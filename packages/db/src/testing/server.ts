import pg from 'pg';
import type { DatabaseMode } from '../create-db.ts';
import { ensureEmbeddedPostgres } from '../embedded/client.ts';
import { testEnv } from './env.ts';

export interface TestServer {
  /** URL of the maintenance database, where test databases are created and dropped. */
  adminUrl: string;
  mode: DatabaseMode;
  release: () => Promise<void>;
}

/** A real server must answer when one is configured: an unreachable one fails the run, never skips it. */
export async function openTestServer(): Promise<TestServer> {
  if (testEnv.databaseUrl) {
    await adminQuery(testEnv.databaseUrl, 'select 1').catch((error: unknown) => {
      throw new Error(`TEST_DATABASE_URL (${redact(testEnv.databaseUrl!)}) is not reachable`, {
        cause: error,
      });
    });
    return { adminUrl: testEnv.databaseUrl, mode: 'postgres', release: () => Promise.resolve() };
  }
  if (testEnv.requireServices) {
    throw new Error('SAFFRON_REQUIRE_SERVICES=1 but TEST_DATABASE_URL is not set');
  }
  const server = await ensureEmbeddedPostgres(testEnv.dataDir);
  return { adminUrl: server.url('postgres'), mode: 'embedded', release: server.release };
}

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

/** Statements CREATE/DROP DATABASE cannot run in a pool's transaction; one plain client each. */
export async function adminQuery(adminUrl: string, statement: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return await client.query(statement);
  } finally {
    await client.end();
  }
}
