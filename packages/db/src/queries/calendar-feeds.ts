import type { Kysely } from 'kysely';
import type { Database } from '../database.ts';

/** The person's feed token, made with `newToken` the first time it is asked for. */
export async function ensureCalendarToken(
  db: Kysely<Database>,
  userId: string,
  newToken: () => string,
): Promise<string> {
  await db
    .insertInto('calendar_feeds')
    .values({ user_id: userId, token: newToken() })
    .onConflict((conflict) => conflict.column('user_id').doNothing())
    .execute();
  const { token } = await db
    .selectFrom('calendar_feeds')
    .select('token')
    .where('user_id', '=', userId)
    .executeTakeFirstOrThrow();
  return token;
}

/** Every calendar subscribed to the old address stops getting the plan. */
export async function revokeCalendarToken(db: Kysely<Database>, userId: string): Promise<void> {
  await db.deleteFrom('calendar_feeds').where('user_id', '=', userId).execute();
}

/** Whose plan a feed address shows, if it is still live and its owner may sign in. */
export async function findCalendarFeedOwner(
  db: Kysely<Database>,
  token: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('calendar_feeds')
    .innerJoin('users', 'users.id', 'calendar_feeds.user_id')
    .select('users.id')
    .where('calendar_feeds.token', '=', token)
    .where('users.disabled', '=', false)
    .executeTakeFirst();
  return row?.id;
}
