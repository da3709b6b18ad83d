import type { SessionRow } from '@saffron/db';

/**
 * A session as stores keep it; `id` is the SHA-256 of the token, never the token. The idle
 * expiry moves forward with use (at most once per renewal interval), never past the absolute one.
 */
export type Session = SessionRow;

/** Redis in production, the Postgres `sessions` table in the embedded mode: same contract. */
export interface SessionStore {
  insert: (session: Session) => Promise<void>;
  get: (id: string) => Promise<Session | undefined>;
  /** Writes the new idle expiry; a session deleted meanwhile must stay deleted. */
  renew: (session: Session) => Promise<void>;
  delete: (session: Pick<Session, 'id' | 'userId'>) => Promise<void>;
  listByUser: (userId: string) => Promise<Session[]>;
  deleteByUser: (userId: string, exceptId?: string) => Promise<void>;
  /** Removes expired sessions, for a store whose entries do not expire by themselves (Postgres). */
  purgeExpired?: (now: Date) => Promise<number>;
}

export interface SessionConfig {
  idleTimeoutMs: number;
  absoluteLifetimeMs: number;
  /** Extending the idle window is a write: do it at most this often per session. */
  renewIntervalMs: number;
  /** Live sessions one user may hold; signing in past it revokes the oldest. */
  maxPerUser: number;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export const DEFAULT_SESSION_CONFIG: SessionConfig = {
  idleTimeoutMs: 14 * DAY,
  absoluteLifetimeMs: 30 * DAY,
  renewIntervalMs: HOUR,
  maxPerUser: 20,
};
