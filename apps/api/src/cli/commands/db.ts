import { listPendingMigrations, migrateToLatest } from '@saffron/db';
import type { Command } from '../command.ts';

export const dbMigrate: Command = {
  name: 'db migrate',
  summary: 'Apply pending database migrations',
  async run(_args, { database, io }) {
    const { db, mode } = await database();
    const applied = await migrateToLatest(db);
    io.out(
      applied.length === 0
        ? `Database (${mode}) is up to date.`
        : `Applied ${applied.length} migration(s) to the ${mode} database:\n  ${applied.join('\n  ')}`,
    );
  },
};

export const dbStatus: Command = {
  name: 'db status',
  summary: 'List migrations not applied yet',
  async run(_args, { database, io }) {
    const pending = await listPendingMigrations((await database()).db);
    io.out(pending.length === 0 ? 'No pending migrations.' : `Pending:\n  ${pending.join('\n  ')}`);
  },
};
