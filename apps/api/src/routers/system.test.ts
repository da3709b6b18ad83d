import { migrations } from '@saffron/db';
import { useTestDb } from '@saffron/db/testing';
import { describe, expect, it } from 'vitest';
import { createTestCaller, createTestDeps, TEST_CONFIG } from '../testing/context.ts';
import { VERSION } from '../version.ts';

describe('system.info', () => {
  const t = useTestDb();

  it('reads the schema version and asks for setup while there are no users', async () => {
    const info = await createTestCaller(createTestDeps(t.db)).system.info();
    expect(info).toEqual({
      name: 'Saffron',
      version: VERSION,
      database: { mode: 'postgres', schemaVersion: Object.keys(migrations).at(-1) },
      setupRequired: true,
      setupTokenRequired: false,
    });
  });

  it('says when the first-admin screen must ask for the setup token (production)', async () => {
    const config = { ...TEST_CONFIG, requireSetupToken: true };
    const caller = createTestCaller(createTestDeps(t.db, { config }));
    expect(await caller.system.info()).toMatchObject({ setupTokenRequired: true });
    await t.db.insertInto('users').values({ username: 'admin', password_hash: 'x' }).execute();
    expect(await caller.system.info()).toMatchObject({ setupTokenRequired: false });
  });

  it('stops asking for setup once an account exists', async () => {
    await t.db.insertInto('users').values({ username: 'admin', password_hash: 'x' }).execute();
    expect((await createTestCaller(createTestDeps(t.db)).system.info()).setupRequired).toBe(false);
  });
});
