import { createDb, migrations } from '@saffron/db';
import { createTestDatabase, type TestDatabase } from '@saffron/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEnv } from '../env.ts';
import { runCli } from './run.ts';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: { out: (line: string) => out.push(line), err: (line: string) => err.push(line) },
  };
}

describe('saffron CLI', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase({ migrated: false });
  });
  afterAll(() => database.drop());

  it('db migrate applies every migration, then reports the database up to date', async () => {
    const env = loadEnv({ DATABASE_URL: database.url });
    const first = capture();
    expect(await runCli(['db', 'migrate'], env, first.io)).toBe(0);
    expect(first.out.join('\n')).toContain(
      `Applied ${Object.keys(migrations).length} migration(s)`,
    );

    const second = capture();
    expect(await runCli(['db', 'migrate'], env, second.io)).toBe(0);
    expect(second.out).toEqual(['Database (postgres) is up to date.']);

    const handle = await createDb({ databaseUrl: database.url });
    const tables = await handle.db.introspection.getTables();
    expect(tables.map((table) => table.name)).toContain('recipes');
    await handle.close();
  });

  it('prints help, and exits 64 on an unknown command', async () => {
    const env = loadEnv({ DATABASE_URL: database.url });
    const help = capture();
    expect(await runCli([], env, help.io)).toBe(0);
    expect(help.out[0]).toContain('db migrate');
    const wrong = capture();
    expect(await runCli(['db', 'explode'], env, wrong.io)).toBe(64);
    expect(wrong.err[0]).toContain('Usage: pnpm saffron');
  });
});
