import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from './create-db.ts';
import { embeddedPaths } from './embedded/paths.ts';
import { isProcessAlive } from './embedded/process-alive.ts';
import { useTestDb } from './testing/index.ts';

const run = promisify(execFile);
const PEER = join(import.meta.dirname, 'testing/fixtures/embedded-peer.ts');

async function notes(dataDir: string): Promise<string[]> {
  const handle = await createDb({ dataDir });
  try {
    const { rows } = await sql<{ body: string }>`select body from notes order by body`.execute(
      handle.db,
    );
    return rows.map((row) => row.body);
  } finally {
    await handle.close();
  }
}

async function waitUntil(condition: () => boolean, timeoutMs = 15_000): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; !condition(); await sleep(100)) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
  }
}

describe('createDb with a DATABASE_URL', () => {
  const t = useTestDb();

  it('talks to that server', async () => {
    const handle = await createDb({ databaseUrl: t.url, dataDir: '/nonexistent' });
    try {
      expect(handle.mode).toBe('postgres');
      const { rows } = await sql<{ db: string }>`select current_database() as db`.execute(
        handle.db,
      );
      expect(t.url).toContain(`/${rows[0]?.db}`);
    } finally {
      await handle.close();
    }
  });

  it('returns int8 as numbers and numeric as exact strings', async () => {
    const { rows } = await sql<{ big: number; exact: string }>`
      select 9007199254740991::int8 as big, 0.1::numeric(12, 4) + 0.2 as exact
    `.execute(t.db);
    expect(rows[0]).toEqual({ big: 9007199254740991, exact: '0.3000' });
  });
});

describe('createDb without a DATABASE_URL (embedded)', () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'saffron-embedded-'));
    await chmod(dataDir, 0o755); // as root the server runs as `postgres`, which must reach it
  });
  afterAll(async () => {
    // The server stops by itself after its grace period; removing its files under it would race.
    const paths = embeddedPaths(dataDir);
    await waitUntil(
      () => !existsSync(paths.state) && !existsSync(join(paths.cluster, 'postmaster.pid')),
    );
    await rm(dataDir, { recursive: true, force: true, maxRetries: 20, retryDelay: 100 });
  });

  it('serves two processes at once from one server', async () => {
    const handle = await createDb({ dataDir });
    expect(handle.mode).toBe('embedded');
    await sql`create table notes (body text)`.execute(handle.db);
    await sql`insert into notes (body) values ('from the test process')`.execute(handle.db);

    const { stdout } = await run(process.execPath, [PEER, dataDir, 'from a second process']);
    expect(JSON.parse(stdout)).toEqual({
      mode: 'embedded',
      notes: ['from a second process', 'from the test process'],
    });
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from notes`.execute(
      handle.db,
    );
    expect(rows[0]?.n).toBe(2);
    await handle.close();
  });

  it('stops the server when the last process lets go, and keeps the data across restarts', async () => {
    const { state } = embeddedPaths(dataDir);
    await waitUntil(() => !existsSync(state));
    expect(await notes(dataDir)).toEqual(['from a second process', 'from the test process']);
  });

  it('recovers when its supervisor was killed, leaving Postgres running', async () => {
    const handle = await createDb({ dataDir });
    const { pid } = JSON.parse(await readFile(embeddedPaths(dataDir).state, 'utf8')) as {
      pid: number;
    };
    process.kill(pid, 'SIGKILL');
    await waitUntil(() => !isProcessAlive(pid));
    await handle.close();
    expect(await notes(dataDir)).toHaveLength(2);
  });
});
