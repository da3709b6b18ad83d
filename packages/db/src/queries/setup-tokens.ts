import { sql, type Kysely } from 'kysely';
import type { Database } from '../database.ts';

export async function insertSetupToken(db: Kysely<Database>, tokenHash: string): Promise<void> {
  await db.insertInto('setup_tokens').values({ token_hash: tokenHash }).execute();
}

/** Whether the token is one of those made in the last `maxAgeSeconds`. */
export async function isLiveSetupToken(
  db: Kysely<Database>,
  { tokenHash, maxAgeSeconds }: { tokenHash: string; maxAgeSeconds: number },
): Promise<boolean> {
  const row = await db
    .selectFrom('setup_tokens')
    .select('token_hash')
    .where('token_hash', '=', tokenHash)
    .where('created_at', '>', sql<Date>`now() - make_interval(secs => ${maxAgeSeconds})`)
    .executeTakeFirst();
  return row !== undefined;
}

/** Once the first admin exists, no token may make another. */
export async function deleteSetupTokens(db: Kysely<Database>): Promise<void> {
  await db.deleteFrom('setup_tokens').execute();
}
