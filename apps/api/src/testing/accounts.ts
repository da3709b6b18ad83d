import { insertUser, type Database, type Kysely, type Role } from '@saffron/db';
import type { TAppName } from '@saffron/shared';
import type { ApiDeps } from '../deps.ts';
import { createTestCaller, createTestDeps, fakeBrowser } from './context.ts';

export const PASSWORD = 'correct horse battery staple';

/** Creates an account directly in the database, with a real (fast) argon2id hash. */
export async function createAccount(
  db: Kysely<Database>,
  deps: ApiDeps,
  username: string,
  { role = 'user', apps = ['recipes', 'grocery'] }: { role?: Role; apps?: TAppName[] } = {},
) {
  const passwordHash = await deps.auth.passwords.hash(PASSWORD);
  const user = await insertUser(db, { username, passwordHash, role, apps });
  if (!user) throw new Error(`account ${username} exists`);
  return user;
}

/** A new account signed in through `auth.login` from a fake browser that keeps its cookie. */
export async function signInNewAccount(
  db: Kysely<Database>,
  username: string,
  options?: Parameters<typeof createAccount>[3],
) {
  const deps = createTestDeps(db);
  const user = await createAccount(db, deps, username, options);
  const browser = fakeBrowser();
  await createTestCaller(deps, browser.request()).auth.login({ username, password: PASSWORD });
  return { deps, user, browser, caller: () => createTestCaller(deps, browser.request()) };
}
