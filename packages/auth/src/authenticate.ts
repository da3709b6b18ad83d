import { findUserById, type Database, type Kysely, type User } from '@saffron/db';
import { AppError, type TAppName } from '@saffron/shared';
import type { SessionManager } from './sessions/manager.ts';
import type { Session } from './sessions/types.ts';

export interface Authenticated {
  user: User;
  session: Session;
}

/**
 * The one check every protected call makes, in the api and the files service alike: a live
 * session whose user exists and is enabled. A disabled user's sessions go at once.
 */
export async function authenticate(
  deps: { sessions: SessionManager; db: Kysely<Database> },
  token: string | undefined,
): Promise<Authenticated | undefined> {
  if (!token) return undefined;
  const session = await deps.sessions.validate(token);
  if (!session) return undefined;
  const user = await findUserById(deps.db, session.userId);
  if (!user || user.disabled) {
    await deps.sessions.revokeAllForUser(session.userId);
    return undefined;
  }
  return { user, session };
}

/** Each app (recipes, grocery) is granted per user; the api and the files service ask alike. */
export function requireApp(user: User, app: TAppName): void {
  if (!user.apps.includes(app))
    throw new AppError('FORBIDDEN', `Your account has no access to the ${app} app`);
}
