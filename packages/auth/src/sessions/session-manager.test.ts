import { insertUser } from '@saffron/db';
import { useTestDb } from '@saffron/db/testing';
import { redisAvailable, useTestRedis } from '@saffron/service/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { sessionIdFromToken } from '../tokens.ts';
import { SessionManager } from './manager.ts';
import { createPostgresSessionStore } from './postgres-store.ts';
import { createRedisSessionStore } from './redis-store.ts';
import { DEFAULT_SESSION_CONFIG, type SessionStore } from './types.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const SECOND = 1000;
const meta = { userAgent: 'vitest', ip: '203.0.113.7' };

/** The same contract, run against each store. */
function sessionContract(
  name: string,
  setup: () => { store: () => SessionStore; userId: () => string },
) {
  describe(`SessionManager on ${name}`, () => {
    const { store, userId } = setup();
    let clock: Date;
    const manager = () => new SessionManager(store(), DEFAULT_SESSION_CONFIG, () => clock);
    const advance = (ms: number) => (clock = new Date(clock.getTime() + ms));

    beforeEach(() => {
      clock = new Date();
    });

    it('creates a session the token validates, with both expiries set', async () => {
      const { token, session } = await manager().create(userId(), meta);
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(session.id).toBe(sessionIdFromToken(token));
      expect(session.idleExpiresAt.getTime() - clock.getTime()).toBe(14 * DAY);
      expect(session.absoluteExpiresAt.getTime() - clock.getTime()).toBe(30 * DAY);
      expect(await manager().validate(token)).toMatchObject({
        id: session.id,
        userId: userId(),
        ...meta,
      });
    });

    it('rejects missing, forged and truncated tokens', async () => {
      const { token } = await manager().create(userId(), meta);
      for (const bad of [
        '',
        token.slice(0, 42),
        `${token}x`,
        'A'.repeat(43),
        token.replace(/.$/, '#'),
      ]) {
        expect(await manager().validate(bad), bad).toBeUndefined();
      }
    });

    it('rejects a token after logout', async () => {
      const { token, session } = await manager().create(userId(), meta);
      await manager().revoke(session);
      expect(await manager().validate(token)).toBeUndefined();
    });

    it('expires one second past the idle timeout', async () => {
      const { token } = await manager().create(userId(), meta);
      advance(14 * DAY + SECOND);
      expect(await manager().validate(token)).toBeUndefined();
    });

    it('writes the renewal of the idle window at most once an hour', async () => {
      const { token, session } = await manager().create(userId(), meta);
      advance(30 * 60_000);
      expect((await manager().validate(token))?.renewedAt).toEqual(session.renewedAt);
      advance(31 * 60_000);
      const renewed = await manager().validate(token);
      expect(renewed?.renewedAt).toEqual(clock);
      expect(renewed?.idleExpiresAt.getTime()).toBe(clock.getTime() + 14 * DAY);
      expect((await store().get(session.id))?.idleExpiresAt).toEqual(renewed?.idleExpiresAt);
    });

    it('expires past the absolute lifetime however active the session is', async () => {
      const { token } = await manager().create(userId(), meta);
      for (let day = 10; day < 30; day += 10) {
        advance(10 * DAY);
        expect(await manager().validate(token)).toBeDefined();
      }
      advance(10 * DAY - SECOND);
      expect(await manager().validate(token)).toBeDefined();
      advance(2 * SECOND);
      expect(await manager().validate(token)).toBeUndefined();
    });

    it("lists and revokes all of a user's sessions but the one kept", async () => {
      const kept = await manager().create(userId(), meta);
      advance(SECOND);
      const other = await manager().create(userId(), { userAgent: 'phone', ip: null });
      expect((await manager().listForUser(userId())).map((s) => s.id)).toEqual([
        other.session.id,
        kept.session.id,
      ]);
      await manager().revokeAllForUser(userId(), kept.session.id);
      expect(await manager().validate(other.token)).toBeUndefined();
      expect(await manager().validate(kept.token)).toBeDefined();
      expect((await manager().listForUser(userId())).map((s) => s.id)).toEqual([kept.session.id]);
    });

    it('keeps at most maxPerUser live sessions per user, revoking the oldest first', async () => {
      const capped = new SessionManager(
        store(),
        { ...DEFAULT_SESSION_CONFIG, maxPerUser: 3 },
        () => clock,
      );
      const tokens = [];
      for (let i = 0; i < 5; i++) {
        tokens.push((await capped.create(userId(), meta)).token);
        advance(SECOND);
      }
      const live = await Promise.all(tokens.map(async (token) => !!(await capped.validate(token))));
      expect(live).toEqual([false, false, true, true, true]);
      expect(await capped.listForUser(userId())).toHaveLength(3);
    });
  });
}

const db = useTestDb();
let user = '';
beforeEach(async () => {
  const inserted = await insertUser(db.db, {
    username: 'alice',
    passwordHash: 'x',
    role: 'user',
    apps: ['recipes'],
  });
  user = inserted!.id;
});

sessionContract('Postgres', () => ({
  store: () => createPostgresSessionStore(db.db),
  userId: () => user,
}));

if (redisAvailable()) {
  const redis = useTestRedis();
  sessionContract('Redis', () => ({
    store: () => createRedisSessionStore(redis.redis),
    userId: () => user,
  }));

  describe('Redis session store', () => {
    it('keeps no raw token in any key or value', async () => {
      const manager = new SessionManager(
        createRedisSessionStore(redis.redis),
        DEFAULT_SESSION_CONFIG,
      );
      const tokens = await Promise.all(
        [1, 2, 3].map(() => manager.create(user, meta).then((s) => s.token)),
      );
      const keys = (await redis.redis.call('KEYS', `${redis.prefix}*`)) as string[];
      expect(keys.length).toBeGreaterThanOrEqual(4);
      const dump: string[] = [...keys];
      for (const key of keys) {
        const bare = key.slice(redis.prefix.length);
        const type = await redis.redis.type(bare);
        dump.push(
          type === 'zset'
            ? (await redis.redis.zrange(bare, '0', '-1')).join(' ')
            : ((await redis.redis.get(bare)) ?? ''),
        );
      }
      for (const token of tokens) expect(dump.join('\n')).not.toContain(token);
    });

    it('lets Redis expire the key at the idle expiry', async () => {
      const manager = new SessionManager(createRedisSessionStore(redis.redis), {
        ...DEFAULT_SESSION_CONFIG,
        idleTimeoutMs: 300,
      });
      const { token } = await manager.create(user, meta);
      const id = sessionIdFromToken(token);
      expect(await redis.redis.pttl(`session:${id}`)).toBeGreaterThan(0);
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(await redis.redis.exists(`session:${id}`)).toBe(0);
    });
  });
}
