import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  openTestDatabase,
  seedSampleData,
  tableChecksums,
  testEnv,
  useTestDb,
  type OpenTestDatabase,
} from '../testing/index.ts';
import { listTablesParentsFirst } from './catalog.ts';
import { chooseTools, findPgTools } from './pg-tools.ts';
import {
  detectDumpFormat,
  dumpDatabase,
  planDump,
  restoreDatabase,
  serverMajorVersion,
} from './index.ts';

describe('dump and restore', () => {
  const t = useTestDb();
  let dir: string;
  let target: OpenTestDatabase;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'saffron-dump-'));
  });
  beforeEach(async () => {
    await target?.drop();
    target = await openTestDatabase();
    // Something of the target's own that a restore must not leave behind.
    await sql`create table leftover (id int)`.execute(target.db);
    await seedSampleData(t.db, { passwordHash: '$argon2id$not-a-real-hash' });
  });
  afterAll(async () => {
    await target?.drop();
    await rm(dir, { recursive: true, force: true });
  });

  it('lists the tables with every parent before its children', async () => {
    const tables = await listTablesParentsFirst(t.db);
    expect(tables.toSorted()).toEqual([
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
      'kysely_migration',
      'kysely_migration_lock',
      'meal_plan_entries',
      'recipe_marks',
      'recipes',
      'search_outbox',
      'sessions',
      'setup_tokens',
      'storage_deletions',
      'users',
    ]);
    const before = (parent: string, child: string) =>
      expect(tables.indexOf(parent)).toBeLessThan(tables.indexOf(child));
    before('users', 'recipes');
    before('recipes', 'ingredients');
    before('recipes', 'attachments');
    before('users', 'grocery_items');
    before('users', 'grocery_lists');
    before('import_jobs', 'import_items');
    before('recipes', 'import_items');
    before('recipes', 'attachment_imports');
    before('recipes', 'recipe_marks');
    before('users', 'cook_log');
    before('recipes', 'meal_plan_entries');
  });

  it('round-trips a portable snapshot exactly, replacing the target, with sequences moved on', async () => {
    const file = join(dir, 'snapshot.jsonl.gz');
    const plan = await planDump({ sourceUrl: t.url, format: 'portable' });
    await dumpDatabase(t.url, file, plan);
    expect(await detectDumpFormat(file)).toBe('portable');
    expect(await restoreDatabase(target.url, file)).toMatchObject({ format: 'portable' });
    const restored = await tableChecksums(target.db);
    expect(restored).toEqual(await tableChecksums(t.db));
    expect(restored.users!.rows).toBe(3);
    expect(restored).not.toHaveProperty('leftover');
    const { id } = await target.db
      .insertInto('search_outbox')
      .values({
        recipe_id: '00000000-0000-4000-8000-000000000000',
        owner_id: '00000000-0000-4000-8000-000000000000',
        operation: 'delete',
        last_error: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    expect(id).toBe(restored.search_outbox!.rows + 1);
  });

  it('writes a pg_dump custom archive when a pg_dump fits the server, and says why not otherwise', async () => {
    const major = await serverMajorVersion(t.url);
    const tools = chooseTools(await findPgTools(), major);
    if (!tools) {
      // The embedded server is newer than any pg_dump here: say so, and fall back.
      expect(testEnv.databaseUrl, 'a real test server needs its pg_dump').toBeUndefined();
      await expect(planDump({ sourceUrl: t.url, format: 'custom' })).rejects.toThrow(
        `no pg_dump for PostgreSQL ${major} or newer on this machine`,
      );
      expect(await planDump({ sourceUrl: t.url })).toMatchObject({ format: 'portable' });
      return;
    }
    const plan = await planDump({ sourceUrl: t.url, restoreUrls: [target.url] });
    expect(plan).toMatchObject({ format: 'custom', tools: { major: tools.major } });
    const file = join(dir, 'archive.dump');
    await dumpDatabase(t.url, file, plan);
    expect(await detectDumpFormat(file)).toBe('custom');
    expect(await restoreDatabase(target.url, file, plan.tools)).toMatchObject({ format: 'custom' });
    expect(await tableChecksums(target.db)).toMatchObject(await tableChecksums(t.db));
  });

  it('refuses a file that is no dump at all', async () => {
    const file = join(dir, 'notes.txt');
    await writeFile(file, 'shopping list');
    await expect(restoreDatabase(target.url, file)).rejects.toThrow(
      'neither a pg_dump custom archive nor a Saffron snapshot',
    );
  });
});
