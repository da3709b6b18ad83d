import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dumpDatabase, planDump, restoreDatabase, type DumpFormat } from '@saffron/db';
import { redactUrl, sameDatabase } from './database-url.ts';
import { backupName, beyondRetention } from './names.ts';
import type { BackupTarget } from './targets.ts';

export interface BackupOptions {
  /** The live database (in embedded mode, the embedded server's URL). */
  sourceUrl: string;
  /** A standby database whose contents each backup replaces. */
  backupDatabaseUrl?: string | undefined;
  targets: BackupTarget[];
  retention: number;
  format?: DumpFormat | 'auto';
  now?: () => Date;
  log: (line: string) => void;
}

export interface BackupReport {
  name: string;
  /** Destinations that failed; the others still got the backup. */
  failures: string[];
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

function size(bytes: number): string {
  return bytes < 1024 * 1024
    ? `${(bytes / 1024).toFixed(1)} KiB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

async function store(target: BackupTarget, file: string, name: string, keep: number) {
  await target.put(file, name);
  const old = beyondRetention(await target.list(), keep);
  for (const backup of old) await target.remove(backup.name);
  return old.length > 0 ? `; removed ${old.length} older (keeping ${keep})` : '';
}

/**
 * One backup: dump the live database once, then hand the same file to every destination.
 * A destination that fails does not stop the others; the report lists it.
 */
export async function runBackup(options: BackupOptions): Promise<BackupReport> {
  const { sourceUrl, backupDatabaseUrl, targets, retention, log } = options;
  if (backupDatabaseUrl && sameDatabase(sourceUrl, backupDatabaseUrl)) {
    throw new Error(
      'BACKUP_DATABASE_URL names the live database (after a failover, point it at a new ' +
        'standby, or stop the backup job until there is one)',
    );
  }
  const plan = await planDump({
    sourceUrl,
    restoreUrls: backupDatabaseUrl ? [backupDatabaseUrl] : [],
    format: options.format,
  });
  const work = await mkdtemp(join(tmpdir(), 'saffron-backup-'));
  try {
    const name = backupName((options.now ?? (() => new Date()))(), plan.format);
    const file = join(work, name);
    await dumpDatabase(sourceUrl, file, plan);
    log(
      `Dumped ${redactUrl(sourceUrl)} to ${name}, ${size((await stat(file)).size)}, using ${plan.description}`,
    );
    const failures: string[] = [];
    for (const target of targets) {
      try {
        log(`Stored in ${target.label}${await store(target, file, name, retention)}`);
      } catch (error) {
        failures.push(`${target.label}: ${message(error)}`);
      }
    }
    if (backupDatabaseUrl) {
      try {
        await restoreDatabase(backupDatabaseUrl, file, plan.tools);
        log(`Replaced the contents of the backup database ${redactUrl(backupDatabaseUrl)}`);
      } catch (error) {
        failures.push(`backup database ${redactUrl(backupDatabaseUrl)}: ${message(error)}`);
      }
    }
    return { name, failures };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
