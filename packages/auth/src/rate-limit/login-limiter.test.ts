import { redisAvailable, useTestRedis } from '@saffron/service/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CounterStore } from './counters.ts';
import { LoginLimiter, type LoginLimitPolicy } from './login-limiter.ts';
import { createMemoryCounterStore } from './memory-counters.ts';
import { createRedisCounterStore } from './redis-counters.ts';

const policy: LoginLimitPolicy = {
  windowMs: 60_000,
  perIp: 12,
  perAccountAndIp: 3,
  perAccount: 6,
  slowDownMs: 100,
  maxSlowDownMs: 300,
};

/** Attempts with a wrong password: each allowed one is evaluated and reported as failed. */
async function guesses(limiter: LoginLimiter, username: string, ip: string, times: number) {
  const results = [];
  for (let i = 0; i < times; i++) {
    const { allowed } = await limiter.attempt(username, ip);
    if (allowed) await limiter.failed(username, ip);
    results.push(allowed);
  }
  return results;
}

function limiterContract(name: string, counters: () => CounterStore) {
  describe(`LoginLimiter on ${name}`, () => {
    let limiter: LoginLimiter;
    let run = 0;
    // Every test on its own accounts and addresses, so counters never carry over.
    const user = (label: string) => `${label}-${run}`;
    const ip = (n: number) => `198.51.${run}.${n}`;
    beforeEach(() => {
      run += 1;
      limiter = new LoginLimiter(counters(), policy);
    });

    it('limits guesses on one account from one address, with a Retry-After', async () => {
      expect(await guesses(limiter, user('alice'), ip(1), 4)).toEqual([true, true, true, false]);
      const blocked = await limiter.attempt(user('alice'), ip(1));
      expect(blocked).toMatchObject({ allowed: false });
      if (!blocked.allowed) expect(blocked.retryAfterSeconds).toBeLessThanOrEqual(60);
    });

    it('under attack from many addresses: one guess per new address, slowed, and the owner still gets in', async () => {
      const attackers = [1, 2];
      for (const n of attackers) await guesses(limiter, user('bob'), ip(n), 3); // 6 failures
      for (const n of attackers)
        expect((await limiter.attempt(user('bob'), ip(n))).allowed).toBe(false);
      expect(await guesses(limiter, user('bob'), ip(50), 2)).toEqual([true, false]);
      // The 7th failure answered 100 ms late; then 200, 300, and no more.
      const delays = [];
      for (let i = 0; i < 3; i++) delays.push(await limiter.failed(user('bob'), ip(60 + i)));
      expect(delays).toEqual([200, 300, 300]);
      // The owner, from an address that has not failed, is let through at the first try.
      expect((await limiter.attempt(user('bob'), ip(99))).allowed).toBe(true);
    });

    it('counts only what it lets through: 21 tries from one address leave the account open', async () => {
      expect((await guesses(limiter, user('carol'), ip(1), 21)).filter(Boolean)).toHaveLength(3);
      expect(await guesses(limiter, user('carol'), ip(2), 1)).toEqual([true]);
      expect((await limiter.attempt(user('carol'), ip(2))).allowed).toBe(true);
    });

    it('limits one address across many accounts (credential stuffing)', async () => {
      const allowed = [];
      for (let i = 0; i < 14; i++)
        allowed.push((await limiter.attempt(user(`u${i}`), ip(7))).allowed);
      expect(allowed.filter(Boolean)).toHaveLength(policy.perIp);
    });

    it('keys IPv6 addresses by their /64, and IPv4-mapped ones as IPv4', async () => {
      const prefix = `2001:db8:${run}:7`;
      const inOne64 = [];
      for (let i = 1; i <= 5; i++)
        inOne64.push((await limiter.attempt(user('dan'), `${prefix}::${i}`)).allowed);
      expect(inOne64).toEqual([true, true, true, false, false]);
      expect((await limiter.attempt(user('dan'), `${prefix.replace(/7$/, '8')}::1`)).allowed).toBe(
        true,
      );
      await guesses(limiter, user('erin'), ip(3), 3);
      expect((await limiter.attempt(user('erin'), `::ffff:${ip(3)}`)).allowed).toBe(false);
    });

    it("forgives an address's failures on the account after a correct password", async () => {
      await guesses(limiter, user('fay'), ip(1), 2);
      await limiter.succeeded(user('fay'), ip(1));
      expect(await guesses(limiter, user('fay'), ip(1), 4)).toEqual([true, true, true, false]);
    });
  });
}

limiterContract('in-process counters', () => createMemoryCounterStore());

if (redisAvailable()) {
  const redis = useTestRedis();
  limiterContract('Redis counters', () => createRedisCounterStore(redis.redis));

  it('Redis windows expire by themselves', async () => {
    const limiter = new LoginLimiter(createRedisCounterStore(redis.redis), {
      ...policy,
      windowMs: 200,
    });
    const start = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 200 - (start % 200))); // a fresh window
    expect(await guesses(limiter, 'dave', '192.0.2.1', 4)).toEqual([true, true, true, false]);
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect((await limiter.attempt('dave', '192.0.2.1')).allowed).toBe(true);
    const keys = (await redis.redis.call('KEYS', `${redis.prefix}login:*dave*`)) as string[];
    await new Promise((resolve) => setTimeout(resolve, 250));
    const left = (await redis.redis.call('KEYS', `${redis.prefix}login:*dave*`)) as string[];
    expect({ before: keys.length > 0, left: left.length }).toEqual({ before: true, left: 0 });
  });
}

it('in-process windows expire with the clock', async () => {
  let now = 0;
  const limiter = new LoginLimiter(
    createMemoryCounterStore(() => now),
    policy,
  );
  expect(await guesses(limiter, 'erin', '192.0.2.2', 4)).toEqual([true, true, true, false]);
  now += policy.windowMs;
  expect((await limiter.attempt('erin', '192.0.2.2')).allowed).toBe(true);
});

it('in-process counters cost the same with 30,000 keys as with none (no sweep of every key)', async () => {
  const limiter = new LoginLimiter(createMemoryCounterStore(), policy);
  // CPU time of this process, so a busy machine does not decide the result.
  const probe = async () => {
    const start = process.cpuUsage();
    for (let i = 0; i < 500; i++) await limiter.attempt(`probe${i}`, `192.0.2.${i % 100}`);
    const { user, system } = process.cpuUsage(start);
    return (user + system) / 1000;
  };
  const empty = await probe();
  for (let i = 0; i < 10_000; i++)
    await limiter.attempt(`filler${i}`, `198.18.${i >> 8}.${i & 255}`);
  const full = await probe();
  expect(full).toBeLessThan(empty * 4 + 25);
});
