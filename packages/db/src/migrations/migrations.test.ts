import { readdirSync } from 'node:fs';
import { sql, type Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { listPendingMigrations, migrateDown, migrateToLatest } from '../migrator.ts';
import { getSchemaVersion } from '../queries/system.ts';
import { useEmptyTestDb } from '../testing/index.ts';
import { migrations } from './index.ts';

const APP_TABLES = [
  'archive_reads',
  'attachment_imports',
  'attachments',
  'calendar_feeds',
  'cook_log',
  'grocery_items',
  'grocery_lists',
  'import_items',
  'import_jobs',
  'ingredients',
  'meal_plan_entries',
  'recipe_marks',
  'recipes',
  'search_outbox',
  'sessions',
  'setup_tokens',
  'storage_deletions',
  'users',
];

async function tables(db: Kysely<any>): Promise<string[]> {
  const { rows } = await sql<{ tablename: string }>`
    select tablename from pg_tables
    where schemaname = 'public' and tablename not like 'kysely_%' order by tablename
  `.execute(db);
  return rows.map((row) => row.tablename);
}

describe('migrations', () => {
  const handle = useEmptyTestDb();

  it('lists every migration file, in date order', () => {
    const files = readdirSync(import.meta.dirname)
      .filter((file) => /^\d{8}_\d{2}_.+\.ts$/.test(file))
      .map((file) => file.replace(/\.ts$/, ''));
    expect(Object.keys(migrations)).toEqual(files.sort());
  });

  it('migrates an empty database up to the latest version', async () => {
    expect(await tables(handle.db)).toEqual([]);
    const applied = await migrateToLatest(handle.db);
    expect(applied).toEqual(Object.keys(migrations));
    expect(await tables(handle.db)).toEqual(APP_TABLES);
    expect(await listPendingMigrations(handle.db)).toEqual([]);
    expect(await getSchemaVersion(handle.db)).toBe(Object.keys(migrations).at(-1));
  });

  it('migrates all the way down and up again', async () => {
    for (const _ of Object.keys(migrations)) await migrateDown(handle.db);
    expect(await tables(handle.db)).toEqual([]);
    expect(await listPendingMigrations(handle.db)).toEqual(Object.keys(migrations));
    await migrateToLatest(handle.db);
    expect(await tables(handle.db)).toEqual(APP_TABLES);
  });

  it('keeps updated_at current through the trigger', async () => {
    const user = await handle.db
      .insertInto('users')
      .values({ username: 'trigger-test', password_hash: 'x' })
      .returning(['id', 'updated_at'])
      .executeTakeFirstOrThrow();
    await sql`select pg_sleep(0.01)`.execute(handle.db);
    const updated = await handle.db
      .updateTable('users')
      .set({ disabled: true })
      .where('id', '=', user.id)
      .returning('updated_at')
      .executeTakeFirstOrThrow();
    expect(updated.updated_at.getTime()).toBeGreaterThan(user.updated_at.getTime());
  });

  it('rejects usernames that are not lower case', async () => {
    await expect(
      handle.db.insertInto('users').values({ username: 'Alice', password_hash: 'x' }).execute(),
    ).rejects.toThrow(/check constraint/);
  });
});
