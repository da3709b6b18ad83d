import {
  deleteExpiredSessions,
  deleteSession,
  deleteSessionsByUser,
  findSession,
  insertSession,
  listSessionsByUser,
  renewSession,
  type Database,
  type Kysely,
} from '@saffron/db';
import type { SessionStore } from './types.ts';

/** Embedded mode: sessions in the `sessions` table; expired rows go as they are met, and by purgeExpired. */
export function createPostgresSessionStore(db: Kysely<Database>): SessionStore {
  return {
    insert: (session) => insertSession(db, session),
    get: (id) => findSession(db, id),
    renew: (session) => renewSession(db, session),
    delete: (session) => deleteSession(db, session.id),
    listByUser: (userId) => listSessionsByUser(db, userId),
    deleteByUser: async (userId, exceptId) => {
      await deleteSessionsByUser(db, userId, exceptId);
    },
    purgeExpired: (now) => deleteExpiredSessions(db, now),
  };
}
