import type { SessionManager } from '@saffron/auth';
import { createRecipe, insertUser, type Database, type Kysely } from '@saffron/db';
import type { TAppName } from '@saffron/shared';

/** An account with a live session in `sessions`' store, as signing in through the api leaves it. */
export async function createSignedInUser(
  db: Kysely<Database>,
  sessions: Pick<SessionManager, 'create'>,
  { username, apps = ['recipes', 'grocery'] }: { username: string; apps?: TAppName[] },
) {
  const user = await insertUser(db, { username, passwordHash: 'x', role: 'user', apps });
  if (!user) throw new Error(`the account ${username} exists`);
  const { token } = await sessions.create(user.id, { userAgent: 'test', ip: null });
  return { user, token };
}

/** A recipe with nothing but a name, to attach files to. */
export async function createBareRecipe(
  db: Kysely<Database>,
  ownerId: string,
  name = 'Tomato soup',
): Promise<string> {
  const write = { ownerId, fields: { name, steps: [], tags: [] }, ingredients: [], outbox: false };
  return (await createRecipe(db, write)).id;
}
