import { generateSessionToken, isWellFormedToken, sessionIdFromToken } from '../tokens.ts';
import type { SessionRevocations } from './revocations.ts';
import type { Session, SessionConfig, SessionStore } from './types.ts';

export interface SessionMeta {
  userAgent: string | null;
  ip: string | null;
}

const earlier = (a: Date, b: Date) => (a < b ? a : b);

/** Session lifecycle per Lucia's design and OWASP ASVS V3: idle and absolute expiry, revocation. */
export class SessionManager {
  readonly #store: SessionStore;
  readonly #config: SessionConfig;
  readonly #now: () => Date;
  readonly #revocations: SessionRevocations | undefined;

  constructor(
    store: SessionStore,
    config: SessionConfig,
    now: () => Date = () => new Date(),
    revocations?: SessionRevocations,
  ) {
    this.#store = store;
    this.#config = config;
    this.#now = now;
    this.#revocations = revocations;
  }

  /** The token goes to the client once; only its hash is stored. */
  async create(userId: string, meta: SessionMeta): Promise<{ token: string; session: Session }> {
    const token = generateSessionToken();
    const now = this.#now();
    const absoluteExpiresAt = new Date(now.getTime() + this.#config.absoluteLifetimeMs);
    const session: Session = {
      id: sessionIdFromToken(token),
      userId,
      createdAt: now,
      idleExpiresAt: earlier(
        new Date(now.getTime() + this.#config.idleTimeoutMs),
        absoluteExpiresAt,
      ),
      absoluteExpiresAt,
      renewedAt: now,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
      ip: meta.ip,
    };
    await this.#store.insert(session);
    await this.#keepAtMost(userId, this.#config.maxPerUser);
    return { token, session };
  }

  /** Past the cap, the oldest sessions go (and their streams with them), the new one stays. */
  async #keepAtMost(userId: string, max: number): Promise<void> {
    const live = await this.listForUser(userId);
    if (live.length <= max) return;
    const oldestFirst = live.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    for (const session of oldestFirst.slice(0, live.length - max)) await this.revoke(session);
  }

  /** Expired sessions the store keeps (Postgres); a store that expires its own does nothing. */
  async purgeExpired(): Promise<number> {
    return (await this.#store.purgeExpired?.(this.#now())) ?? 0;
  }

  /** The session a token belongs to, or undefined when it is malformed, unknown or expired. */
  async validate(token: string): Promise<Session | undefined> {
    if (!isWellFormedToken(token)) return undefined;
    const session = await this.#store.get(sessionIdFromToken(token));
    if (!session) return undefined;
    const now = this.#now();
    if (now >= session.idleExpiresAt || now >= session.absoluteExpiresAt) {
      await this.#ended(session.userId, this.#store.delete(session));
      return undefined;
    }
    if (now.getTime() - session.renewedAt.getTime() < this.#config.renewIntervalMs) return session;
    const renewed: Session = {
      ...session,
      renewedAt: now,
      idleExpiresAt: earlier(
        new Date(now.getTime() + this.#config.idleTimeoutMs),
        session.absoluteExpiresAt,
      ),
    };
    await this.#store.renew(renewed);
    return renewed;
  }

  revoke(session: Pick<Session, 'id' | 'userId'>): Promise<void> {
    return this.#ended(session.userId, this.#store.delete(session));
  }

  /** On password change, disabling, or "sign out everywhere"; `exceptId` keeps the caller's own. */
  revokeAllForUser(userId: string, exceptId?: string): Promise<void> {
    return this.#ended(userId, this.#store.deleteByUser(userId, exceptId));
  }

  /** Once the store has dropped them, every instance hears that some of the user's sessions ended. */
  async #ended(userId: string, deleted: Promise<void>): Promise<void> {
    await deleted;
    await this.#revocations?.publish(userId);
  }

  async listForUser(userId: string): Promise<Session[]> {
    const now = this.#now();
    const sessions = await this.#store.listByUser(userId);
    return sessions
      .filter((session) => session.idleExpiresAt > now && session.absoluteExpiresAt > now)
      .sort((a, b) => b.renewedAt.getTime() - a.renewedAt.getTime());
  }
}
