/**
 * Runs detached from the process that started it and owns the embedded Postgres server.
 * Processes using the server hold lease files; when the last one has been gone for a grace
 * period the server stops, so `pnpm dev` restarts (node --watch) never take the database
 * away from the other service, and Ctrl-C leaves nothing running behind.
 */
import { appendFileSync } from 'node:fs';
import { readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { startCluster, type RunningCluster } from './cluster.ts';
import { withDirectoryLock } from './lock.ts';
import { embeddedPaths, type EmbeddedPaths } from './paths.ts';
import { isProcessAlive } from './process-alive.ts';

const GRACE_MS = 3_000;
const POLL_MS = 500;

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: supervisor.ts <data-dir>');
const paths = embeddedPaths(dataDir);
const log = (line: string) =>
  appendFileSync(paths.log, `${new Date().toISOString()} ${line.trimEnd()}\n`);

async function liveLeases(paths: EmbeddedPaths): Promise<number> {
  const names = await readdir(paths.leases).catch(() => []);
  let live = 0;
  for (const name of names) {
    if (isProcessAlive(Number(name))) live += 1;
    else await rm(join(paths.leases, name), { force: true });
  }
  return live;
}

async function stop(cluster: RunningCluster, reason: string): Promise<void> {
  log(`stopping: ${reason}`);
  await rm(paths.state, { force: true });
  await cluster.stop();
  log('stopped');
}

async function serve(): Promise<void> {
  const cluster = await startCluster(paths, log);
  await writeFile(paths.state, JSON.stringify({ pid: process.pid, port: cluster.port }));
  log(`ready on 127.0.0.1:${cluster.port}`);
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => void stop(cluster, signal).finally(() => process.exit(0)));
  }
  let idleSince: number | undefined;
  for (;;) {
    await sleep(POLL_MS);
    if ((await liveLeases(paths)) > 0) {
      idleSince = undefined;
      continue;
    }
    idleSince ??= Date.now();
    if (Date.now() - idleSince < GRACE_MS) continue;
    // Under the lock no client can join between our last look and the shutdown.
    const stopped = await withDirectoryLock(paths.lock, async () => {
      if ((await liveLeases(paths)) > 0) return false;
      await stop(cluster, 'no clients left');
      return true;
    });
    if (stopped) process.exit(0);
    idleSince = undefined;
  }
}

serve().catch((error: unknown) => {
  log(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  void rm(paths.state, { force: true }).finally(() => process.exit(1));
});
