import { insertUser, type AppName, type Database, type Kysely, type Role } from '@saffron/db';
import type { ServerDeps } from '../server.ts';

export const PASSWORD = 'correct horse battery staple';

/** Creates an account directly in the database, with a real (fast) argon2id hash. */
export async function createAccount(
  db: Kysely<Database>,
  deps: ServerDeps,
  username: string,
  { role = 'user', apps = ['recipes', 'grocery'] }: { role?: Role; apps?: AppName[] } = {},
) {
  const passwordHash = await deps.auth.passwords.hash(PASSWORD);
  const user = await insertUser(db, { username, passwordHash, role, apps });
  if (!user) throw new Error(`account ${username} exists`);
  return user;
}
