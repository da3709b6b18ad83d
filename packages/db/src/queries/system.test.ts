import { describe, expect, it } from 'vitest';
import { migrations } from '../migrations/index.ts';
import { useTestDb } from '../testing/index.ts';
import { getSchemaVersion, hasAnyUser, pingDatabase } from './system.ts';

describe('system queries', () => {
  const t = useTestDb();

  it('reads the schema version and whether any user exists', async () => {
    await pingDatabase(t.db);
    expect(await getSchemaVersion(t.db)).toBe(Object.keys(migrations).at(-1));
    expect(await hasAnyUser(t.db)).toBe(false);
    await t.db.insertInto('users').values({ username: 'alice', password_hash: 'x' }).execute();
    expect(await hasAnyUser(t.db)).toBe(true);
  });

  it('starts each test from empty tables', async () => {
    expect(await hasAnyUser(t.db)).toBe(false);
  });
});
