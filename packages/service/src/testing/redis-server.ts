import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testServices } from './env.ts';
import { freePort } from './process.ts';

/** Whether a private redis-server can be started here (required in CI). */
export function redisServerAvailable(): boolean {
  if (spawnSync('redis-server', ['--version']).status === 0) return true;
  if (testServices.requireServices) {
    throw new Error('SAFFRON_REQUIRE_SERVICES=1 but redis-server is not installed');
  }
  console.warn('Redis outage tests skipped: redis-server is not installed');
  return false;
}

/**
 * A redis-server of the test's own, on a free port, that the test may stop and start again
 * (an outage) without touching the shared one. AOF keeps its data across the restart.
 */
export async function startPrivateRedis() {
  const port = await freePort();
  const dir = await mkdtemp(join(tmpdir(), 'saffron-redis-'));
  let child: ChildProcess | undefined;

  const start = async () => {
    child = spawn(
      'redis-server',
      [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'yes',
        '--appendfsync',
        'always',
        '--dir',
        dir,
      ],
      { stdio: ['ignore', 'pipe', 'ignore'] },
    );
    let output = '';
    for await (const chunk of child.stdout!) {
      output += String(chunk);
      if (output.includes('Ready to accept connections')) break;
    }
  };
  const stop = async () => {
    if (!child || child.exitCode !== null) return;
    child.kill('SIGTERM');
    await once(child, 'exit');
  };

  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    start,
    stop,
    remove: async () => {
      await stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
