import { guardDependency, type Redis } from '@saffron/service';
import type { Session, SessionStore } from './types.ts';

const sessionKey = (id: string) => `session:${id}`;
/** Sorted set of a user's session ids, scored by absolute expiry: list and revoke all at once. */
const userIndexKey = (userId: string) => `user-sessions:${userId}`;

interface StoredSession {
  userId: string;
  createdAt: number;
  idleExpiresAt: number;
  absoluteExpiresAt: number;
  renewedAt: number;
  userAgent: string | null;
  ip: string | null;
}

function serialize(session: Session): string {
  const stored: StoredSession = {
    userId: session.userId,
    createdAt: session.createdAt.getTime(),
    idleExpiresAt: session.idleExpiresAt.getTime(),
    absoluteExpiresAt: session.absoluteExpiresAt.getTime(),
    renewedAt: session.renewedAt.getTime(),
    userAgent: session.userAgent,
    ip: session.ip,
  };
  return JSON.stringify(stored);
}

function deserialize(id: string, raw: string): Session {
  const stored = JSON.parse(raw) as StoredSession;
  return {
    id,
    userId: stored.userId,
    createdAt: new Date(stored.createdAt),
    idleExpiresAt: new Date(stored.idleExpiresAt),
    absoluteExpiresAt: new Date(stored.absoluteExpiresAt),
    renewedAt: new Date(stored.renewedAt),
    userAgent: stored.userAgent,
    ip: stored.ip,
  };
}

/** `exec` reports failures per command instead of throwing; surface the first. */
async function execAll(multi: ReturnType<Redis['multi']>): Promise<void> {
  const results = (await multi.exec()) ?? [];
  const failure = results.find(([error]) => error);
  if (failure?.[0]) throw failure[0];
}

/** Production store: each key expires by itself (TTL at the idle expiry); no cleanup job needed. */
export function createRedisSessionStore(redis: Redis): SessionStore {
  const guard = <T>(operation: () => Promise<T>) => guardDependency('The session store', operation);

  return {
    insert: (session) =>
      guard(async () => {
        const index = userIndexKey(session.userId);
        const expiresAt = session.absoluteExpiresAt.getTime();
        await execAll(
          redis
            .multi()
            .set(
              sessionKey(session.id),
              serialize(session),
              'PXAT',
              session.idleExpiresAt.getTime(),
            )
            .zadd(index, expiresAt, session.id)
            .pexpireat(index, expiresAt, 'NX')
            .pexpireat(index, expiresAt, 'GT'),
        );
      }),

    get: (id) =>
      guard(async () => {
        const raw = await redis.get(sessionKey(id));
        return raw === null ? undefined : deserialize(id, raw);
      }),

    renew: (session) =>
      guard(async () => {
        // XX: a session revoked since it was read must not come back.
        await redis.set(
          sessionKey(session.id),
          serialize(session),
          'PXAT',
          session.idleExpiresAt.getTime(),
          'XX',
        );
      }),

    delete: (session) =>
      guard(() =>
        execAll(
          redis.multi().del(sessionKey(session.id)).zrem(userIndexKey(session.userId), session.id),
        ),
      ),

    listByUser: (userId) =>
      guard(async () => {
        const index = userIndexKey(userId);
        await redis.zremrangebyscore(index, '-inf', Date.now());
        const ids = await redis.zrange(index, '0', '-1');
        if (ids.length === 0) return [];
        const values = await redis.mget(ids.map((id) => sessionKey(id)));
        const gone = ids.filter((_, i) => values[i] === null);
        if (gone.length > 0) await redis.zrem(index, ...gone);
        return ids.flatMap((id, i) => (values[i] ? [deserialize(id, values[i])] : []));
      }),

    deleteByUser: (userId, exceptId) =>
      guard(async () => {
        const index = userIndexKey(userId);
        const ids = (await redis.zrange(index, '0', '-1')).filter((id) => id !== exceptId);
        if (ids.length === 0) return;
        await execAll(
          redis
            .multi()
            .del(...ids.map((id) => sessionKey(id)))
            .zrem(index, ...ids),
        );
      }),
  };
}
