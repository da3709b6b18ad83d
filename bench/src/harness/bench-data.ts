import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeTables, createDb, findUserByUsername, type DatabaseHandle } from '@saffron/db';
import { trpcMutation, trpcResult } from '@saffron/service/testing';
import { benchEnv } from '../env.ts';

const API_DIR = dirname(fileURLToPath(import.meta.resolve('@saffron/api')));
export const REPO_ROOT = join(API_DIR, '../../..');
export const DEMO_PASSWORD = 'saffron demo password';

/** Where the servers under test keep their data: BENCH_DATABASE_URL, or an embedded cluster of its own. */
export function benchDatabaseEnv(): Record<string, string> {
  return benchEnv.databaseUrl
    ? { DATABASE_URL: benchEnv.databaseUrl }
    : { DATA_DIR: join(REPO_ROOT, '.data/bench') };
}

function cli(args: string[]): void {
  execFileSync(process.execPath, [join(API_DIR, 'cli/main.ts'), ...args], {
    env: { PATH: benchEnv.path, HOME: benchEnv.home, LOG_LEVEL: 'warn', ...benchDatabaseEnv() },
    stdio: 'inherit',
  });
}

/** The bench database, opened the way the servers under test open it. */
export async function openBenchDatabase(): Promise<DatabaseHandle> {
  const env = benchDatabaseEnv();
  return createDb({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
}

/**
 * A database with `users` cooks sharing `recipes` generated recipes, seeded once and reused
 * by later runs (seeding 100k recipes takes a while).
 */
export function migrateBenchDatabase(): void {
  cli(['db', 'migrate']);
}

export async function ensureSeeded(users: number, recipes: number): Promise<DatabaseHandle> {
  migrateBenchDatabase();
  let handle = await openBenchDatabase();
  const count = async (table: 'users' | 'recipes') =>
    Number(
      (
        await handle.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const existing = [await count('users'), await count('recipes')];
  if (existing[0] === users && existing[1] === recipes) {
    // Data seeded before the seeder analysed its tables would otherwise be planned blind.
    await analyzeTables(handle.db, ['users', 'recipes', 'ingredients']);
    return handle;
  }
  if (existing[0] !== 0) {
    throw new Error(
      `The bench database holds ${existing[0]} users / ${existing[1]} recipes, not ${users} / ${recipes}: drop it first`,
    );
  }
  await handle.close();
  console.log(`Seeding ${users} users and ${recipes} recipes (once)...`);
  cli(['seed', '--users', String(users), '--recipes', String(recipes)]);
  handle = await openBenchDatabase();
  return handle;
}

/** The benchmarks read as the first seeded cook. */
export const BENCH_COOK = 'cook0001';

export async function seededCookId(handle: DatabaseHandle): Promise<string> {
  const cook = await findUserByUsername(handle.db, BENCH_COOK);
  if (!cook) throw new Error(`The bench database has no ${BENCH_COOK}: drop it and run again`);
  return cook.id;
}

/** A bearer token for one of the seeded cooks, signed in through the real api. */
export async function signIn(apiUrl: string, username: string): Promise<string> {
  const response = await trpcMutation(apiUrl, 'auth.login', {
    username,
    password: DEMO_PASSWORD,
    returnToken: true,
  });
  return (await trpcResult<{ token: string }>(response)).token;
}
