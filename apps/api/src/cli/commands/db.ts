import { listPendingMigrations, migrateToLatest } from '@saffron/db';
import type { Command } from '../command.ts';

export const dbMigrate: Command = {
  name: 'db migrate',
  summary: 'Apply pending database migrations',
  async run(_args, { api, io }) {
    const { db, databaseMode } = await api();
    const applied = await migrateToLatest(db);
    io.out(
      applied.length === 0
        ? `Database (${databaseMode}) is up to date.`
        : `Applied ${applied.length} migration(s) to the ${databaseMode} database:\n  ${applied.join('\n  ')}`,
    );
  },
};

export const dbStatus: Command = {
  name: 'db status',
  summary: 'List migrations not applied yet',
  async run(_args, { api, io }) {
    const pending = await listPendingMigrations((await api()).db);
    io.out(pending.length === 0 ? 'No pending migrations.' : `Pending:\n  ${pending.join('\n  ')}`);
  },
};
