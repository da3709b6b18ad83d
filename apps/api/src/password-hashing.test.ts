import {
  createRedisCounterStore,
  DEFAULT_LOGIN_POLICY,
  LoginLimiter,
  OWASP_ARGON2ID,
} from '@saffron/auth';
import { useTestDb } from '@saffron/db/testing';
import { redisAvailable, useTestRedis } from '@saffron/service/testing';
import { describe, expect, it } from 'vitest';
import { buildApiServer } from './server.ts';
import { createAccount, PASSWORD } from './testing/accounts.ts';
import { createTestDeps, TEST_CONFIG } from './testing/context.ts';
import { BROWSER_ORIGIN, callProcedure } from './testing/http.ts';
import type { ApiDeps } from './deps.ts';

const NEW_PASSWORD = 'another long passphrase';

/** Counts the argon2 hashes the server starts (the real hasher underneath). */
function countHashes(deps: ApiDeps) {
  const hasher = deps.auth.passwords;
  const hash = hasher.hash.bind(hasher);
  const counted = { hashes: 0, finished: 0 };
  hasher.hash = async (password) => {
    counted.hashes += 1;
    const hashed = await hash(password);
    counted.finished += 1;
    return hashed;
  };
  return counted;
}

describe.runIf(redisAvailable())('strangers cannot make the api hash passwords', () => {
  const t = useTestDb();
  const redis = useTestRedis();

  async function server(
    options: { allowSignup?: boolean; perIp?: number; realArgon2?: boolean; fresh?: boolean } = {},
  ) {
    const deps = createTestDeps(t.db, {
      config: { ...TEST_CONFIG, allowSignup: options.allowSignup ?? false },
      authOptions: {
        redis: redis.redis,
        ...(options.realArgon2 && { passwords: { argon2: OWASP_ARGON2ID } }),
      },
    });
    // Limits in Redis; each test signs up from addresses of its own.
    deps.auth.loginLimiter = new LoginLimiter(createRedisCounterStore(redis.redis), {
      ...DEFAULT_LOGIN_POLICY,
      perIp: options.perIp ?? 50,
    });
    if (!options.fresh) await createAccount(t.db, deps, 'admin', { role: 'admin' });
    return { deps, app: await buildApiServer(deps), counted: countHashes(deps) };
  }

  it('answers auth.setupAdmin once set up with 409 and no hash, and refuses a batch of 60', async () => {
    const { app, counted } = await server();
    const once = await callProcedure(app, 'auth.setupAdmin', {
      input: { username: 'mallory', password: NEW_PASSWORD },
    });
    expect(once.statusCode).toBe(409);
    const calls = Array.from({ length: 60 }, () => 'auth.setupAdmin').join(',');
    const body = Object.fromEntries(
      Array.from({ length: 60 }, (_, i) => [
        i,
        { json: { username: `m${i}x`, password: NEW_PASSWORD } },
      ]),
    );
    const batch = await app.inject({
      method: 'POST',
      url: `/api/v1/${calls}?batch=1`,
      headers: {
        host: 'localhost:5173',
        origin: BROWSER_ORIGIN,
        'content-type': 'application/json',
      },
      payload: JSON.stringify(body),
    });
    expect({ batch: batch.statusCode, hashes: counted.hashes }).toEqual({ batch: 400, hashes: 0 });
    await app.close();
  });

  it('answers a taken username on auth.signup with 409 and no hash', async () => {
    const { app, counted } = await server({ allowSignup: true });
    const taken = await callProcedure(app, 'auth.signup', {
      input: { username: 'admin', password: NEW_PASSWORD },
    });
    expect({ status: taken.statusCode, hashes: counted.hashes }).toEqual({
      status: 409,
      hashes: 0,
    });
    await app.close();
  });

  it('puts sign-up behind the per-address budget', async () => {
    const { app, counted } = await server({ allowSignup: true, perIp: 3 });
    const statuses = [];
    for (let i = 0; i < 5; i++) {
      const response = await callProcedure(app, 'auth.signup', {
        input: { username: `newcomer${i}`, password: NEW_PASSWORD },
        remoteAddress: '203.0.113.9',
      });
      statuses.push(response.statusCode);
    }
    expect({ statuses, hashes: counted.hashes }).toEqual({
      statuses: [200, 200, 200, 429, 429],
      hashes: 3,
    });
    await app.close();
  });

  it('puts first-run setup behind the same budget as sign-in attempts', async () => {
    const { app, counted } = await server({ perIp: 3, fresh: true });
    for (let i = 0; i < 3; i++) {
      const guess = await callProcedure(app, 'auth.login', {
        input: { username: `nobody${i}`, password: 'wrong password' },
        remoteAddress: '203.0.113.10',
      });
      expect(guess.statusCode).toBe(401);
    }
    const setup = await callProcedure(app, 'auth.setupAdmin', {
      input: { username: 'squatter', password: NEW_PASSWORD },
      remoteAddress: '203.0.113.10',
    });
    expect({ setup: setup.statusCode, hashes: counted.hashes }).toEqual({ setup: 429, hashes: 0 });
    await app.close();
  });

  it('keeps signing people in while a flood of sign-ups from many addresses is hashed', async () => {
    const { app, counted } = await server({ allowSignup: true, realArgon2: true });
    const flood = Array.from({ length: 40 }, (_, i) =>
      callProcedure(app, 'auth.signup', {
        input: { username: `flood${i}`, password: NEW_PASSWORD },
        remoteAddress: `198.51.100.${i + 1}`,
      }),
    );
    const signIn = await callProcedure(app, 'auth.login', {
      input: { username: 'admin', password: PASSWORD },
      remoteAddress: '192.0.2.200',
    });
    const hashedBeforeSignIn = counted.finished;
    const answered = await Promise.all(flood);
    expect(signIn.statusCode, signIn.body).toBe(200);
    // The sign-in did not wait in line behind the flood's hashes (34 of them, once): new
    // passwords have a lane of their own, one at a time with four waiting; past it, 429.
    expect(hashedBeforeSignIn).toBeLessThanOrEqual(10);
    expect(answered.map((response) => response.statusCode)).toContain(429);
    await app.close();
  });
});
