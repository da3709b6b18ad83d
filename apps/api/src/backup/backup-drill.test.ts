import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PasswordHasher } from '@saffron/auth';
import {
  openTestDatabase,
  seedSampleData,
  tableChecksums,
  testEnv,
  useTestDb,
  type OpenTestDatabase,
} from '@saffron/db/testing';
import { childEnv, freePort, startNode, waitForHttp } from '@saffron/service/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run.ts';
import { loadEnv } from '../env.ts';
import { captureIo } from '../testing/cli.ts';
import { FAST_ARGON2 } from '../testing/context.ts';

const API_MAIN = join(import.meta.dirname, '..', 'main.ts');
const PASSWORD = 'correct horse battery staple';

/** Signs in over HTTP as a browser on the api's own origin would, then asks who it is. */
async function signInOverHttp(port: number, username: string): Promise<string> {
  const origin = `http://127.0.0.1:${port}`;
  const login = await fetch(`${origin}/api/v1/auth.login`, {
    method: 'POST',
    headers: { origin, 'content-type': 'application/json' },
    body: JSON.stringify({ json: { username, password: PASSWORD } }),
  });
  expect(login.status).toBe(200);
  const cookie = login.headers.getSetCookie()[0]!.split(';')[0]!;
  const me = await fetch(`${origin}/api/v1/auth.me`, { headers: { cookie } });
  expect(me.status).toBe(200);
  const body = (await me.json()) as { result: { data: { json: { username: string } } } };
  return body.result.data.json.username;
}

describe('backup drill', () => {
  const live = useTestDb();
  const opened: OpenTestDatabase[] = [];
  let dir: string;

  async function emptyDatabase() {
    const database = await openTestDatabase();
    opened.push(database);
    return database;
  }

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'saffron-backups-'));
  });
  afterAll(async () => {
    for (const database of opened) await database.drop();
    await rm(dir, { recursive: true, force: true });
  });

  it('copies every table to the backup database and BACKUP_DIR; an api on the copy signs in; restore makes another', async () => {
    const passwordHash = await new PasswordHasher({ argon2: FAST_ARGON2 }).hash(PASSWORD);
    await seedSampleData(live.db, { passwordHash });
    const standby = await emptyDatabase();
    const env = loadEnv({
      DATABASE_URL: live.url,
      BACKUP_DATABASE_URL: standby.url,
      BACKUP_DIR: dir,
      BACKUP_RETENTION: '2',
    });
    const first = captureIo();
    expect(await runCli(['backup'], env, first.io), first.err.join('\n')).toBe(0);
    // A real server has its pg_dump here (CI); the embedded one is newer than any, so portable.
    expect(first.out[0]).toMatch(
      testEnv.databaseUrl ? /using pg_dump \d+/ : /using portable snapshot/,
    );
    const copied = await tableChecksums(standby.db);
    expect(copied).toEqual(await tableChecksums(live.db));
    for (const table of ['users', 'recipes', 'ingredients', 'attachments', 'grocery_items']) {
      expect(copied[table]!.rows, table).toBeGreaterThan(0);
    }

    // Later writes reach the standby with the next backups, replacing (not adding to) its rows.
    await live.db
      .insertInto('users')
      .values({ username: 'late', password_hash: passwordHash })
      .execute();
    for (let i = 0; i < 2; i++) expect(await runCli(['backup'], env, captureIo().io)).toBe(0);
    expect(await tableChecksums(standby.db)).toEqual(await tableChecksums(live.db));
    expect((await readdir(dir)).filter((name) => name.startsWith('saffron-'))).toHaveLength(2);

    // Failover: an api pointed at the standby serves the same accounts.
    const port = await freePort();
    const api = startNode(
      API_MAIN,
      childEnv({ DATABASE_URL: standby.url, API_PORT: String(port) }),
    );
    try {
      await waitForHttp(`http://127.0.0.1:${port}/healthz`);
      expect(await signInOverHttp(port, 'cook1')).toBe('cook1');
    } finally {
      api.child.kill('SIGTERM');
      await api.exited;
    }

    // And the newest file restores into any other database.
    const elsewhere = await emptyDatabase();
    const restored = captureIo();
    expect(await runCli(['restore', '--to', elsewhere.url], env, restored.io)).toBe(0);
    expect(restored.out.at(-1)).toMatch(/^Restored saffron-.+ into postgres:\/\//);
    const { sessions: _a, ...expected } = await tableChecksums(live.db);
    const { sessions: _b, ...actual } = await tableChecksums(elsewhere.db);
    expect(actual).toEqual(expected); // the api's sign-in added a session to the standby only
  }, 90_000);

  it('refuses to overwrite the live database, by restore without --force or as the backup database', async () => {
    await seedSampleData(live.db, { passwordHash: 'x', users: 1 });
    const before = await tableChecksums(live.db);
    const env = loadEnv({ DATABASE_URL: live.url, BACKUP_DATABASE_URL: live.url, BACKUP_DIR: dir });
    const backup = captureIo();
    expect(await runCli(['backup'], env, backup.io)).toBe(1);
    expect(backup.err[0]).toContain('BACKUP_DATABASE_URL names the live database');
    const restore = captureIo();
    expect(await runCli(['restore', '--to', live.url], env, restore.io)).toBe(1);
    expect(restore.err[0]).toContain('is the live database (DATABASE_URL); add --force');
    const nowhere = captureIo();
    expect(await runCli(['restore'], env, nowhere.io)).toBe(64);
    expect(nowhere.err[0]).toContain('--to <database-url> or RESTORE_DATABASE_URL');
    expect(await tableChecksums(live.db)).toEqual(before);
  });
});
