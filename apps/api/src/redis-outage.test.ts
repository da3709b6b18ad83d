import { useTestDb } from '@saffron/db/testing';
import { createRedis, type Redis } from '@saffron/service';
import { redisServerAvailable, startPrivateRedis } from '@saffron/service/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApiServer } from './server.ts';
import { createAccount, PASSWORD } from './testing/accounts.ts';
import { createTestDeps } from './testing/context.ts';
import { callProcedure, resultOf } from './testing/http.ts';

const quiet = { info: () => {}, warn: () => {} };

async function eventually(check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; !(await check());) {
    if (Date.now() > deadline) throw new Error('did not recover in time');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe.runIf(redisServerAvailable())('sessions in Redis when Redis goes away', () => {
  const t = useTestDb();
  let server: Awaited<ReturnType<typeof startPrivateRedis>>;
  let redis: Redis;

  beforeAll(async () => {
    server = await startPrivateRedis();
    redis = createRedis(server.url, { logger: quiet });
  });
  afterAll(async () => {
    redis.disconnect();
    await server.remove();
  });

  it('answers 503 while it is down, stays up, and recovers by itself when it returns', async () => {
    const deps = createTestDeps(t.db, { redis, authOptions: { redis } });
    await createAccount(t.db, deps, 'alice');
    const app = await buildApiServer(deps);
    const login = () =>
      callProcedure(app, 'auth.login', {
        input: { username: 'alice', password: PASSWORD, returnToken: true },
      });
    const { token } = resultOf<{ token: string }>(await login());
    const me = () =>
      callProcedure(app, 'auth.me', { headers: { authorization: `Bearer ${token}` } });
    expect((await me()).statusCode).toBe(200);

    await server.stop();
    const down = await me();
    expect(down.statusCode).toBe(503);
    expect(down.json()).toMatchObject({
      error: { json: { message: 'The session store is unavailable right now; try again shortly' } },
    });
    expect((await login()).statusCode).toBe(503);
    expect((await app.inject('/readyz')).json()).toMatchObject({
      checks: { redis: 'down', database: 'up' },
    });
    expect((await app.inject('/healthz')).statusCode).toBe(200);

    await server.start();
    await eventually(async () => (await me()).statusCode === 200);
    expect((await app.inject('/readyz')).statusCode).toBe(200);
    await app.close();
  });
});
