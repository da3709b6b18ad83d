import type { DumpFormat } from '@saffron/db';
import { backupDestinations, storedBackups } from '../../backup/destinations.ts';
import { runBackup } from '../../backup/run-backup.ts';
import { runRestore } from '../../backup/run-restore.ts';
import { parseCommandArgs as parse, UsageError, type Command } from '../command.ts';

const FORMATS = ['auto', 'custom', 'portable'] as const;

export const backup: Command = {
  name: 'backup',
  summary: 'Back up the database: BACKUP_DATABASE_URL, BACKUP_DIR, S3 (keeps BACKUP_RETENTION)',
  usage: 'backup [--format auto|custom|portable]',
  async run(args, { env, io, database }) {
    const { values, positionals } = parse(args, { format: { type: 'string', default: 'auto' } });
    if (positionals.length > 0) throw new UsageError(`Unexpected argument '${positionals[0]}'`);
    const format = values.format as DumpFormat | 'auto';
    if (!FORMATS.includes(format)) throw new UsageError(`--format must be ${FORMATS.join(', ')}`);
    const destinations = backupDestinations(env);
    try {
      // Held open while the backup runs, which keeps an embedded server up.
      const live = await database();
      const report = await runBackup({
        sourceUrl: live.url,
        backupDatabaseUrl: env.BACKUP_DATABASE_URL,
        targets: destinations.targets,
        retention: env.BACKUP_RETENTION,
        format,
        log: io.out,
      });
      if (report.failures.length > 0) {
        throw new Error(`Backup ${report.name} did not reach:\n  ${report.failures.join('\n  ')}`);
      }
    } finally {
      destinations.close();
    }
  },
};

export const backupList: Command = {
  name: 'backup list',
  summary: 'List stored backups, newest first',
  async run(_args, { env, io }) {
    const { targets, close } = storedBackups(env);
    try {
      for (const target of targets) {
        const backups = await target.list();
        io.out(backups.length === 0 ? `${target.label}: no backups` : `${target.label}:`);
        for (const { name, size } of backups) io.out(`  ${name}  ${size} bytes`);
      }
    } finally {
      close();
    }
  },
};

export const restore: Command = {
  name: 'restore',
  summary: 'Restore a backup (the newest unless named) into the database given with --to',
  usage: 'restore [file | backup-name] [--to <database-url>] [--force]',
  async run(args, { env, io, database }) {
    const { values, positionals } = parse(args, {
      to: { type: 'string' },
      force: { type: 'boolean', default: false },
    });
    if (positionals.length > 1) throw new UsageError('Give at most one file or backup name');
    const toUrl = values.to ?? env.RESTORE_DATABASE_URL;
    if (!toUrl)
      throw new UsageError('Say where to restore: --to <database-url> or RESTORE_DATABASE_URL');
    if (!/^postgres(ql)?:\/\//.test(toUrl)) throw new UsageError('--to must be a postgres:// URL');
    const { targets, close } = storedBackups(env);
    try {
      await runRestore({
        source: positionals[0],
        toUrl,
        liveUrl: (await database()).url,
        force: values.force === true,
        targets,
        log: io.out,
      });
    } finally {
      close();
    }
  },
};
