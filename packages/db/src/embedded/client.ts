import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { readCredentials } from './credentials.ts';
import { withDirectoryLock } from './lock.ts';
import { EMBEDDED_DATABASE, EMBEDDED_USER, embeddedPaths, type EmbeddedPaths } from './paths.ts';
import { placeCluster } from './place-cluster.ts';
import { isProcessAlive } from './process-alive.ts';

const START_TIMEOUT_MS = 60_000;
const SUPERVISOR = fileURLToPath(new URL('./supervisor.ts', import.meta.url));

export interface EmbeddedServer {
  /** URL of a database in the embedded cluster (the app's own database by default). */
  url: (database?: string) => string;
  /** Drops this process's hold; the server stops once no process holds it. */
  release: () => Promise<void>;
}

interface ServerState {
  pid: number;
  port: number;
}

/** Several createDb() calls in one process share one lease file. */
const holdsByDataDir = new Map<string, number>();
const leaseFiles = new Set<string>();
process.once('exit', () => leaseFiles.forEach((file) => rmSync(file, { force: true })));

/**
 * Joins the embedded server for `dataDir`, starting it if no process is serving it yet.
 * Any number of processes (api, files, CLI, test workers) can hold it at once.
 */
export async function ensureEmbeddedPostgres(dataDir: string): Promise<EmbeddedServer> {
  const paths = embeddedPaths(dataDir);
  await mkdir(paths.leases, { recursive: true });
  const lease = join(paths.leases, String(process.pid));
  const { port } = await withDirectoryLock(paths.lock, async () => {
    const state = (await readLiveState(paths)) ?? (await startSupervisor(paths));
    await writeFile(lease, '');
    return state;
  });
  holdsByDataDir.set(dataDir, (holdsByDataDir.get(dataDir) ?? 0) + 1);
  leaseFiles.add(lease);
  const { password } = await readCredentials(paths);
  let released = false;
  return {
    url: (database = EMBEDDED_DATABASE) =>
      `postgres://${EMBEDDED_USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`,
    release: async () => {
      if (released) return;
      released = true;
      const holds = (holdsByDataDir.get(dataDir) ?? 1) - 1;
      holdsByDataDir.set(dataDir, holds);
      if (holds > 0) return;
      leaseFiles.delete(lease);
      await rm(lease, { force: true });
    },
  };
}

async function readLiveState(paths: EmbeddedPaths): Promise<ServerState | undefined> {
  const raw = await readFile(paths.state, 'utf8').catch(() => undefined);
  if (!raw) return undefined;
  const state = JSON.parse(raw) as ServerState;
  if (isProcessAlive(state.pid) && (await acceptsConnections(state.port))) return state;
  await rm(paths.state, { force: true });
  return undefined;
}

async function startSupervisor(paths: EmbeddedPaths): Promise<ServerState> {
  // What would stop Postgres from starting at all is said here, in one line, not in its log.
  await placeCluster(paths);
  const child = spawn(process.execPath, [SUPERVISOR, paths.dataDir], {
    detached: true,
    stdio: 'ignore',
  });
  child.unref();
  const exit: { code: number | null } = { code: null };
  child.once('exit', (code) => (exit.code = code ?? 1));
  for (const deadline = Date.now() + START_TIMEOUT_MS; Date.now() < deadline;) {
    if (exit.code !== null) {
      throw new Error(await startFailure(paths, `exited with code ${exit.code}`));
    }
    const state = await readLiveState(paths);
    if (state && state.pid === child.pid) return state;
    await sleep(50);
  }
  child.kill();
  throw new Error(await startFailure(paths, 'timed out'));
}

async function startFailure(paths: EmbeddedPaths, what: string): Promise<string> {
  const log = await readFile(paths.log, 'utf8').catch(() => '');
  const tail = log.trimEnd().split('\n').slice(-15).join('\n');
  return `The embedded database failed to start (${what}). From ${paths.log}:\n${tail}`;
}

function acceptsConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.setTimeout(1000, () => {
      socket.destroy();
      resolve(false);
    });
  });
}
