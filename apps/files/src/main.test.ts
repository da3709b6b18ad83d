import { join } from 'node:path';
import { useTestDb } from '@saffron/db/testing';
import { childEnv, freePort, startNode, waitForHttp } from '@saffron/service/testing';
import { describe, expect, it } from 'vitest';

const MAIN = join(import.meta.dirname, 'main.ts');

describe('files process', () => {
  const t = useTestDb();

  it('stops before starting anything when a variable is malformed', async () => {
    const files = startNode(MAIN, childEnv({ FILES_PORT: 'eighty' }));
    expect(await files.exited).toBe(78);
    expect(files.output()).toBe('Invalid configuration: FILES_PORT: must be a port number\n');
  });

  it('is live and ready on its port, then shuts down cleanly on SIGTERM', async () => {
    const port = await freePort();
    const files = startNode(MAIN, childEnv({ DATABASE_URL: t.url, FILES_PORT: String(port) }));
    expect((await waitForHttp(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
    expect(await ready.json()).toEqual({ status: 'ready', checks: { database: 'up' } });

    files.child.kill('SIGTERM');
    expect(await files.exited).toBe(0);
    expect(files.output()).toContain('shutdown complete');
  });
});
