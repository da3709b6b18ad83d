import type { Kysely } from 'kysely';
import type { Database } from '../database.ts';

/** A session as the embedded-mode store keeps it; `id` is the SHA-256 of the token. */
export interface SessionRow {
  id: string;
  userId: string;
  createdAt: Date;
  idleExpiresAt: Date;
  absoluteExpiresAt: Date;
  renewedAt: Date;
  userAgent: string | null;
  ip: string | null;
}

const sessionColumns = [
  'id',
  'user_id as userId',
  'created_at as createdAt',
  'idle_expires_at as idleExpiresAt',
  'absolute_expires_at as absoluteExpiresAt',
  'renewed_at as renewedAt',
  'user_agent as userAgent',
  'ip',
] as const;

export async function insertSession(db: Kysely<Database>, session: SessionRow): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      id: session.id,
      user_id: session.userId,
      idle_expires_at: session.idleExpiresAt,
      absolute_expires_at: session.absoluteExpiresAt,
      renewed_at: session.renewedAt,
      user_agent: session.userAgent,
      ip: session.ip,
    })
    .execute();
}

export async function findSession(
  db: Kysely<Database>,
  id: string,
): Promise<SessionRow | undefined> {
  return db.selectFrom('sessions').select(sessionColumns).where('id', '=', id).executeTakeFirst();
}

export async function renewSession(
  db: Kysely<Database>,
  params: { id: string; idleExpiresAt: Date; renewedAt: Date },
): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ idle_expires_at: params.idleExpiresAt, renewed_at: params.renewedAt })
    .where('id', '=', params.id)
    .execute();
}

export async function deleteSession(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

export async function listSessionsByUser(
  db: Kysely<Database>,
  userId: string,
): Promise<SessionRow[]> {
  return db
    .selectFrom('sessions')
    .select(sessionColumns)
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .execute();
}

/** Revokes every session of a user, optionally keeping one (the caller's own). */
export async function deleteSessionsByUser(
  db: Kysely<Database>,
  userId: string,
  exceptId?: string,
): Promise<number> {
  let query = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (exceptId) query = query.where('id', '!=', exceptId);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function deleteExpiredSessions(db: Kysely<Database>, now: Date): Promise<number> {
  const result = await db
    .deleteFrom('sessions')
    .where((eb) => eb.or([eb('idle_expires_at', '<=', now), eb('absolute_expires_at', '<=', now)]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
