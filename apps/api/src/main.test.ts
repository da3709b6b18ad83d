import { join } from 'node:path';
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
});
