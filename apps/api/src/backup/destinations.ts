import { createS3Client } from '@saffron/service';
import type { Env } from '../env.ts';
import { s3Target } from './s3-target.ts';
import { directoryTarget, type BackupTarget } from './targets.ts';

export interface Destinations {
  targets: BackupTarget[];
  close: () => void;
}

function withS3(env: Env, targets: BackupTarget[]): Destinations {
  if (!env.S3) return { targets, close: () => {} };
  const client = createS3Client(env.S3);
  return { targets: [...targets, s3Target(client, env.S3.bucket)], close: () => client.destroy() };
}

/**
 * Where a new backup is stored: BACKUP_DIR and S3 when configured. With no destination at
 * all (a laptop on the embedded database), the data directory's backups/ folder, so
 * `pnpm saffron backup` always leaves a file behind.
 */
export function backupDestinations(env: Env): Destinations {
  const configured = env.BACKUP_DIR ? [directoryTarget(env.BACKUP_DIR)] : [];
  const nothingElse = !env.BACKUP_DIR && !env.S3 && !env.BACKUP_DATABASE_URL;
  return withS3(env, nothingElse ? [directoryTarget(env.DEFAULT_BACKUP_DIR)] : configured);
}

/** Where existing backups are looked for (list, restore): the directory, then S3. */
export function storedBackups(env: Env): Destinations {
  return withS3(env, [directoryTarget(env.BACKUP_DIR ?? env.DEFAULT_BACKUP_DIR)]);
}
