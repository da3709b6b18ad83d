import { createRedisCounterStore, LoginLimiter, type LoginLimitPolicy } from '@saffron/auth';
import { useTestDb } from '@saffron/db/testing';
import { createRedis, waitForRedis, type Redis } from '@saffron/service';
import { redisAvailable, testServices, useTestRedis } from '@saffron/service/testing';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApiServer } from './server.ts';
import { createAccount, PASSWORD } from './testing/accounts.ts';
import { createTestDeps, silentLogger } from './testing/context.ts';
import { callProcedure } from './testing/http.ts';
import type { ApiDeps } from './deps.ts';

const POLICY: LoginLimitPolicy = {
  windowMs: 15 * 60_000,
  perIp: 50,
  perAccountAndIp: 5,
  perAccount: 20,
  slowDownMs: 20,
  maxSlowDownMs: 100,
};

describe.runIf(redisAvailable())('login limits over HTTP, counters in Redis', () => {
  const t = useTestDb();
  const redis = useTestRedis();
  let deps: ApiDeps;
  let app: FastifyInstance;
  let run = 0;
  let prefix = '';
  let client: Redis;
  afterEach(() => client.quit());

  beforeEach(async () => {
    run += 1;
    deps = createTestDeps(t.db);
    // Every test on its own keys, under the file's prefix (removed after the file).
    prefix = `${redis.prefix}run${run}:`;
    client = createRedis(testServices.redisUrl!, { logger: silentLogger, keyPrefix: prefix });
    await waitForRedis(client);
    deps.auth.loginLimiter = new LoginLimiter(createRedisCounterStore(client), POLICY);
    await createAccount(t.db, deps, 'bob');
    app = await buildApiServer(deps);
  });

  const login = async (username: string, password: string, remoteAddress: string) =>
    (await callProcedure(app, 'auth.login', { input: { username, password }, remoteAddress }))
      .statusCode;
  const keys = async () => ((await redis.redis.call('KEYS', `${prefix}*`)) as string[]).length;

  it('lets the owner in, typo and all, after one address made 21 wrong tries', async () => {
    const attacker = [];
    for (let i = 0; i < 21; i++) attacker.push(await login('bob', `guess-${i}`, '198.51.100.7'));
    expect(attacker.filter((status) => status === 401)).toHaveLength(5);
    const owner = [
      await login('bob', 'typo', '203.0.113.5'),
      await login('bob', PASSWORD, '203.0.113.5'),
    ];
    expect(owner).toEqual([401, 200]);
  });

  it('treats one IPv6 /64 as one address', async () => {
    const guesses = [];
    for (let i = 1; i <= 30; i++)
      guesses.push(await login('bob', `guess-${i}`, `2001:db8:1:2::${i.toString(16)}`));
    expect(guesses.filter((status) => status === 401)).toHaveLength(POLICY.perAccountAndIp);
  });

  it('evaluates one guess per address while an account is under attack, even across a /64', async () => {
    for (let n = 1; n <= 4; n++)
      for (let i = 0; i < 5; i++) await login('bob', `guess-${i}`, `198.51.100.${n}`);
    const guesses = [];
    for (let i = 1; i <= 30; i++)
      guesses.push(await login('bob', `v6-${i}`, `2001:db8:9:9::${i.toString(16)}`));
    expect(guesses.filter((status) => status === 401)).toHaveLength(1);
    expect(await login('bob', PASSWORD, '192.0.2.77')).toBe(200);
  });

  it('stops at the address budget: refused attempts write nothing, whatever the username', async () => {
    for (let i = 0; i < POLICY.perIp; i++) await login(`user${i}`, 'guess', '192.0.2.9');
    const before = await keys();
    const verified = deps.auth.passwords.verifications;
    const refused = [];
    for (let i = 0; i < 100; i++) refused.push(await login(`someone${i}`, 'guess', '192.0.2.9'));
    expect(new Set(refused)).toEqual(new Set([429]));
    expect({ keys: await keys(), verifications: deps.auth.passwords.verifications }).toEqual({
      keys: before,
      verifications: verified,
    });
  });

  it('answers a username that cannot exist without touching the limiter or argon2', async () => {
    const verified = deps.auth.passwords.verifications;
    const statuses = [];
    for (const username of ['a b', 'x', 'name with spaces and more', '../../etc', 'émile'])
      statuses.push(await login(username, 'guess', '192.0.2.10'));
    expect({
      statuses,
      keys: await keys(),
      verifications: deps.auth.passwords.verifications,
    }).toEqual({
      statuses: [401, 401, 401, 401, 401],
      keys: 0,
      verifications: verified,
    });
  });
});
