import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { restoreDatabase } from '@saffron/db';
import { redactUrl, sameDatabase } from './database-url.ts';
import { isBackupName } from './names.ts';
import type { BackupTarget } from './targets.ts';

export interface RestoreOptions {
  /** A dump file on disk, a backup's name, or nothing for the newest backup. */
  source?: string | undefined;
  toUrl: string;
  /** The live database: overwriting it needs `force`. */
  liveUrl: string;
  force: boolean;
  targets: BackupTarget[];
  log: (line: string) => void;
}

/** The backup to restore: by name, or the newest across every place backups are kept. */
async function locate(targets: BackupTarget[], name: string | undefined) {
  let best: { target: BackupTarget; name: string } | undefined;
  for (const target of targets) {
    const listed = await target.list();
    const match = name ? listed.find((each) => each.name === name) : listed[0];
    if (match && (!best || match.name > best.name)) best = { target, name: match.name };
    if (match && name) break;
  }
  if (!best) {
    const where = targets.map((target) => target.label).join(', ');
    throw new Error(name ? `No backup named ${name} in ${where}` : `No backups found in ${where}`);
  }
  return best;
}

export async function runRestore(options: RestoreOptions): Promise<void> {
  const { source, toUrl, liveUrl, log } = options;
  if (sameDatabase(toUrl, liveUrl) && !options.force) {
    throw new Error(
      `${redactUrl(toUrl)} is the live database (DATABASE_URL); add --force to overwrite it`,
    );
  }
  const work = await mkdtemp(join(tmpdir(), 'saffron-restore-'));
  try {
    let file = source;
    if (!file || (!existsSync(file) && isBackupName(basename(file)))) {
      const found = await locate(options.targets, file && basename(file));
      file = join(work, found.name);
      await found.target.fetch(found.name, file);
      log(`Fetched ${found.name} from ${found.target.label}`);
    } else if (!existsSync(file)) {
      throw new Error(`No such file: ${file}`);
    }
    const { description } = await restoreDatabase(toUrl, file);
    log(`Restored ${basename(file)} into ${redactUrl(toUrl)} (${description})`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
