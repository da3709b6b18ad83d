import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SetupError } from '@saffron/shared';
import { embeddedBinDirectory } from './binaries.ts';
import type { EmbeddedPaths } from './paths.ts';
import { blockedDirectory, postgresAccount, type Blocked } from './reach.ts';

/** Where a cluster goes when root's data directory is out of the postgres user's reach. */
const REACHABLE_ROOT = '/var/lib/saffron';

export interface ClusterPlace {
  /** PGDATA. */
  cluster: string;
  /** Why it is not under the data directory, for the log. */
  note?: string;
}

const hasCluster = (directory: string) => existsSync(join(directory, 'PG_VERSION'));

/** One line: what is in the way, and what to set instead. */
function cannotRun(blocked: Blocked, what: string, instead: string): SetupError {
  return new SetupError(
    `The embedded database cannot start as root: Postgres runs as the postgres user, who cannot ` +
      `enter ${blocked.directory} (mode ${blocked.mode}) to reach ${what}. ${instead}`,
  );
}

/**
 * Where the cluster of `paths` lives. As root, Postgres runs as the `postgres` system user,
 * which must reach its binaries, initdb's password file (in the temp directory) and the
 * cluster: a data directory under a 0700 home (root's, on a rented server) is kept instead
 * in /var/lib/saffron, found again there on every start. What cannot be worked around
 * stops the start with one line naming the cause and what to set.
 */
export async function placeCluster(
  paths: EmbeddedPaths,
  { binDirectory = embeddedBinDirectory() }: { binDirectory?: string | undefined } = {},
): Promise<ClusterPlace> {
  if (process.getuid?.() !== 0) return { cluster: paths.cluster };
  const account = await postgresAccount();
  const binaries = binDirectory && (await blockedDirectory(binDirectory, account));
  if (binaries) {
    throw cannotRun(
      binaries,
      `the Postgres binaries in ${binDirectory}`,
      `Set DATABASE_URL to a Postgres server, or keep Saffron outside ${binaries.directory} (e.g. in /opt/saffron).`,
    );
  }
  const temp = await blockedDirectory(tmpdir(), account);
  if (temp) throw cannotRun(temp, `the temp directory ${tmpdir()}`, 'Set TMPDIR=/tmp.');

  const elsewhere = join(
    REACHABLE_ROOT,
    `postgres-${createHash('sha256').update(paths.dataDir).digest('hex').slice(0, 12)}`,
  );
  const blocked = await blockedDirectory(paths.cluster, account);
  const note = (why: Blocked) =>
    `the postgres user cannot enter ${why.directory} (mode ${why.mode}): keeping the cluster in ${elsewhere}`;
  // Moved once: it stays there even if the way to the data directory opens later.
  if (hasCluster(elsewhere)) {
    return {
      cluster: elsewhere,
      note: blocked ? note(blocked) : `keeping the cluster in ${elsewhere}`,
    };
  }
  if (!blocked) return { cluster: paths.cluster };
  const setDataDir =
    'Set DATA_DIR to a directory it can reach (e.g. /var/lib/saffron), or DATABASE_URL.';
  if (hasCluster(paths.cluster))
    throw cannotRun(blocked, `the cluster in ${paths.cluster}`, setDataDir);
  const alsoBlocked = await blockedDirectory(elsewhere, account);
  if (alsoBlocked) throw cannotRun(alsoBlocked, elsewhere, setDataDir);
  return { cluster: elsewhere, note: note(blocked) };
}
