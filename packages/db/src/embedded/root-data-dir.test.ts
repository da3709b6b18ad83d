import { existsSync, statSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SetupError } from '@saffron/shared';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../create-db.ts';
import { embeddedPaths } from './paths.ts';
import { placeCluster } from './place-cluster.ts';

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

  it('stops with one line naming the cause and what to set when the Postgres binaries are out of reach', async () => {
    const binDirectory = join(home, 'saffron', 'node_modules', 'postgres', 'bin');
    await mkdir(binDirectory, { recursive: true });
    const failure = await placeCluster(embeddedPaths(dataDir), { binDirectory }).catch(
      (error: unknown) => error as Error,
    );
    expect(failure).toBeInstanceOf(SetupError);
    const { message } = failure as Error;
    expect(message).not.toContain('\n');
    expect(message).toContain(`cannot enter ${home} (mode 0700)`);
    expect(message).toContain('DATABASE_URL');
  });

  it('uses the data directory itself once the postgres user can reach it', async () => {
    const open = await mkdtemp(join(tmpdir(), 'saffron-root-open-'));
    await chmod(open, 0o755);
    const paths = embeddedPaths(join(open, '.data'));
    expect(await placeCluster(paths)).toEqual({ cluster: paths.cluster });
    await rm(open, { recursive: true });
  });
});
