import { searchRecipes } from '@saffron/db';
import { useTestDb } from '@saffron/db/testing';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { loadEnv } from '../env.ts';
import { runCli } from './run.ts';

const quietIo = () => {
  const out: string[] = [];
  return {
    out,
    io: {
      out: (line: string) => void out.push(line),
      err: () => {},
      readNewPassword: () => Promise.resolve(''),
    },
  };
};

describe('seed and search commands', () => {
  const t = useTestDb();

  it('creates users and generated recipes that search finds', async () => {
    const { out, io } = quietIo();
    expect(
      await runCli(
        ['seed', '--users', '3', '--recipes', '40', '--seed', '7'],
        loadEnv({ DATABASE_URL: t.url }),
        io,
      ),
    ).toBe(0);
    expect(out[0]).toContain('Created 3 user(s)');
    const analysed = await sql<{ relname: string }>`
      select relname from pg_stat_user_tables where last_analyze is not null order by relname
    `.execute(t.db);
    expect(analysed.rows.map((row) => row.relname)).toEqual(['ingredients', 'recipes', 'users']);
    const users = await t.db
      .selectFrom('users')
      .select(['id', 'username'])
      .orderBy('username')
      .execute();
    expect(users.map((user) => user.username)).toEqual(['cook1', 'cook2', 'cook3']);
    const perOwner = await t.db
      .selectFrom('recipes')
      .select((eb) => ['owner_id', eb.fn.countAll<number>().as('n')])
      .groupBy('owner_id')
      .execute();
    expect(perOwner.map((row) => Number(row.n)).sort()).toEqual([13, 13, 14]);
    const rows = await t.db
      .selectFrom('ingredients')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(rows.n)).toBeGreaterThan(40 * 5);
    const { rows: found } = await searchRecipes(t.db, {
      ownerId: users[0]!.id,
      terms: [],
      limit: 100,
      fuzzy: false,
    });
    expect(found).toHaveLength(14);
  });

  it('explains that Postgres search needs no reindex', async () => {
    const { out, io } = quietIo();
    expect(await runCli(['search', 'reindex'], loadEnv({ DATABASE_URL: t.url }), io)).toBe(0);
    expect(out[0]).toContain('Search runs in Postgres');
  });

  it('refuses nonsense counts', async () => {
    expect(
      await runCli(['seed', '--users', '0'], loadEnv({ DATABASE_URL: t.url }), quietIo().io),
    ).toBe(64);
  });
});
