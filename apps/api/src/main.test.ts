import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { insertSession, insertUser } from '@saffron/db';
import { createTestDatabase, useTestDb } from '@saffron/db/testing';
import { describe, expect, it } from 'vitest';
import { childEnv, freePort, startNode, waitForHttp } from '@saffron/service/testing';

const MAIN = join(import.meta.dirname, 'main.ts');

describe('api process', () => {
  const t = useTestDb();

  it('stops before starting anything when a variable is malformed', async () => {
    const port = await freePort();
    const api = startNode(MAIN, childEnv({ DATABASE_URL: 'not-a-url', API_PORT: String(port) }));
    expect(await api.exited).toBe(78);
    expect(api.output()).toBe('Invalid configuration: DATABASE_URL: must be a postgres:// URL\n');
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
  });

  it('refuses to serve a database whose schema is behind', async () => {
    const empty = await createTestDatabase({ migrated: false });
    const api = startNode(
      MAIN,
      childEnv({ DATABASE_URL: empty.url, API_PORT: String(await freePort()) }),
    );
    expect(await api.exited).toBe(1);
    expect(api.output()).toContain('database schema is behind');
    await empty.drop();
  });

  // CI runs as root, where the embedded Postgres runs as the `postgres` user.
  it.runIf(process.getuid?.() === 0)(
    'as root, stops with one line naming what the postgres user cannot reach and what to set',
    async () => {
      const home = await mkdtemp(join(tmpdir(), 'saffron-root-home-')); // 0700, like /root
      await mkdir(join(home, 'tmp'));
      const api = startNode(
        MAIN,
        childEnv({
          DATA_DIR: join(home, '.data'),
          TMPDIR: join(home, 'tmp'),
          API_PORT: String(await freePort()),
        }),
      );
      expect(await api.exited).toBe(1);
      const lines = api.output().trim().split('\n');
      expect(lines).toHaveLength(1);
      expect((JSON.parse(lines[0]!) as { msg: string }).msg).toBe(
        `api cannot start: The embedded database cannot start as root: Postgres runs as the ` +
          `postgres user, who cannot enter ${home} (mode 0700) to reach the temp directory ` +
          `${join(home, 'tmp')}. Set TMPDIR=/tmp.`,
      );
      await rm(home, { recursive: true });
    },
  );

  it('serves, then shuts down cleanly on SIGTERM', async () => {
    const port = await freePort();
    const api = startNode(MAIN, childEnv({ DATABASE_URL: t.url, API_PORT: String(port) }));
    const health = await waitForHttp(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    const info = await fetch(`http://127.0.0.1:${port}/api/v1/system.info`);
    expect(info.status).toBe(200);

    api.child.kill('SIGTERM');
    expect(await api.exited).toBe(0);
    const lines = api
      .output()
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { msg: string });
    expect(lines.map((line) => line.msg)).toEqual(
      expect.arrayContaining(['api ready', 'shutting down', 'shutdown complete']),
    );
  });

  it('purges expired sessions from Postgres (no Redis), and keeps live ones', async () => {
    const user = await insertUser(t.db, {
      username: 'sleepy',
      passwordHash: 'x',
      role: 'user',
      apps: ['recipes'],
    });
    const day = 86_400_000;
    const session = (id: string, idleExpiresAt: Date) => ({
      id,
      userId: user!.id,
      createdAt: new Date(Date.now() - 20 * day),
      idleExpiresAt,
      absoluteExpiresAt: new Date(Date.now() + 10 * day),
      renewedAt: new Date(Date.now() - 20 * day),
      userAgent: null,
      ip: null,
    });
    await insertSession(t.db, session('e'.repeat(64), new Date(Date.now() - 6 * day)));
    await insertSession(t.db, session('l'.repeat(64), new Date(Date.now() + day)));
    const ids = async () =>
      (await t.db.selectFrom('sessions').select('id').orderBy('id').execute()).map((r) => r.id[0]);

    const port = await freePort();
    const api = startNode(MAIN, childEnv({ DATABASE_URL: t.url, API_PORT: String(port) }));
    await waitForHttp(`http://127.0.0.1:${port}/readyz`);
    const deadline = Date.now() + 3_000;
    while ((await ids()).length > 1 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 100));
    api.child.kill('SIGTERM');
    await api.exited;
    expect(await ids()).toEqual(['l']);
  });
});
