import { redisAvailable, useTestRedis } from '@saffron/service/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CounterStore } from './counters.ts';
import { LoginLimiter, type LoginLimitPolicy } from './login-limiter.ts';
import { createMemoryCounterStore } from './memory-counters.ts';
import { createRedisCounterStore } from './redis-counters.ts';

const policy: LoginLimitPolicy = { windowMs: 60_000, perIp: 12, perAccountAndIp: 3, perAccount: 6 };

async function attempts(limiter: LoginLimiter, username: string, ip: string, times: number) {
  const results = [];
  for (let i = 0; i < times; i++) results.push(await limiter.attempt(username, ip));
  return results.map((result) => result.allowed);
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

    it('limits guesses on one account from one IP, with a Retry-After', async () => {
      expect(await attempts(limiter, user('alice'), ip(1), 4)).toEqual([true, true, true, false]);
      const blocked = await limiter.attempt(user('alice'), ip(1));
      expect(blocked).toMatchObject({ allowed: false });
      if (!blocked.allowed) expect(blocked.retryAfterSeconds).toBeGreaterThan(50);
    });

    it('limits many IPs hammering one account to a single guess each, yet lets the owner in from a fresh IP', async () => {
      const attackers = [1, 2, 3, 4, 5, 6];
      const firstWave = await Promise.all(
        attackers.map((n) => attempts(limiter, user('bob'), ip(n), 3)),
      );
      expect(firstWave.flat().filter(Boolean).length).toBeLessThanOrEqual(policy.perAccount);
      // Lockdown: each attacking IP already failed, so none gets another try.
      for (const n of attackers)
        expect((await limiter.attempt(user('bob'), ip(n))).allowed).toBe(false);
      // New attacking IPs get one guess each, no more.
      expect(await attempts(limiter, user('bob'), ip(50), 2)).toEqual([true, false]);
      // The owner, from a fresh IP, gets in with the right password at the first try.
      expect((await limiter.attempt(user('bob'), ip(99))).allowed).toBe(true);
    });

    it('limits one IP across many accounts (credential stuffing)', async () => {
      const allowed = [];
      for (let i = 0; i < 14; i++)
        allowed.push((await limiter.attempt(user(`u${i}`), ip(7))).allowed);
      expect(allowed.filter(Boolean)).toHaveLength(policy.perIp);
    });

    it("forgives an IP's failures on the account after a correct password", async () => {
      await attempts(limiter, user('carol'), ip(1), 2);
      await limiter.succeeded(user('carol'), ip(1));
      expect(await attempts(limiter, user('carol'), ip(1), 4)).toEqual([true, true, true, false]);
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
    expect(await attempts(limiter, 'dave', '192.0.2.1', 4)).toEqual([true, true, true, false]);
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect((await limiter.attempt('dave', '192.0.2.1')).allowed).toBe(true);
  });
}

it('in-process windows expire with the clock', async () => {
  let now = 0;
  const limiter = new LoginLimiter(
    createMemoryCounterStore(() => now),
    policy,
  );
  expect(await attempts(limiter, 'erin', '192.0.2.2', 4)).toEqual([true, true, true, false]);
  now += policy.windowMs;
  expect((await limiter.attempt('erin', '192.0.2.2')).allowed).toBe(true);
});
