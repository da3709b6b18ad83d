import { copyFile, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isBackupName, newestFirst } from './names.ts';

export interface StoredBackup {
  name: string;
  size: number;
}

/** A place dump files are kept: a directory, or a bucket under `backups/`. */
export interface BackupTarget {
  /** For people: "/var/backups/saffron", "s3://saffron/backups/". */
  label: string;
  put: (file: string, name: string) => Promise<void>;
  /** Our backups only, newest first. */
  list: () => Promise<StoredBackup[]>;
  fetch: (name: string, file: string) => Promise<void>;
  remove: (name: string) => Promise<void>;
}

/**
 * A local directory (a mounted volume in containers). Files appear whole or not at all:
 * written under a temporary name, then renamed. Readable by the owner only: a backup holds
 * password hashes.
 */
export function directoryTarget(dir: string): BackupTarget {
  return {
    label: dir,
    async put(file, name) {
      await mkdir(dir, { recursive: true, mode: 0o700 });
      const partial = join(dir, `.${name}.partial`);
      await copyFile(file, partial);
      await rename(partial, join(dir, name));
    },
    async list() {
      const names = await readdir(dir).catch(() => []);
      const backups = await Promise.all(
        names
          .filter(isBackupName)
          .map(async (name) => ({ name, size: (await stat(join(dir, name))).size })),
      );
      return newestFirst(backups);
    },
    async fetch(name, file) {
      await copyFile(join(dir, name), file);
    },
    async remove(name) {
      await rm(join(dir, name), { force: true });
    },
  };
}
