import { request } from 'node:http';
import { join } from 'node:path';
import { hasAnyUser } from '@saffron/db';
import { useTestDb } from '@saffron/db/testing';
import {
  childEnv,
  freePort,
  startNode,
  testServices,
  trpcMutation,
  waitForHttp,
  type RunningProcess,
} from '@saffron/service/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './cli/run.ts';
import { loadEnv } from './env.ts';
import { captureIo } from './testing/cli.ts';

const MAIN = join(import.meta.dirname, 'main.ts');
const admin = { username: 'owner', password: 'correct horse battery staple' };

/** A GET with the Host header a browser sends for whatever name it resolved (fetch cannot set it). */
function getWithHost(url: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    request(url, { headers: { host } }, (response) => {
      response.resume();
      resolve(response.statusCode!);
    })
      .on('error', reject)
      .end();
  });
}

/** A fresh production install, reached first by someone who is not its owner. */
describe('first run in production: setup token and served hosts', () => {
  const t = useTestDb();
  let api: RunningProcess;
  let url: string;
  const productionEnv = () => ({
    NODE_ENV: 'production',
    DATABASE_URL: t.url,
    ...(testServices.redisUrl ? { REDIS_URL: testServices.redisUrl } : {}),
    PUBLIC_URL: url,
  });
  const setUp = (setupToken?: string) =>
    trpcMutation(url, 'auth.setupAdmin', { ...admin, setupToken }, { origin: url });

  // After the test database is emptied: each test sees a fresh install start.
  beforeEach(async () => {
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    api = startNode(MAIN, childEnv({ ...productionEnv(), API_PORT: String(port) }));
    await waitForHttp(`${url}/readyz`);
  });

  afterEach(() => api?.stop());

  it('makes the first admin only with the one-time token printed in its log', async () => {
    const withoutToken = await setUp();
    expect(withoutToken.status).toBe(403);
    expect(await withoutToken.json()).toMatchObject({
      error: { json: { data: { fieldErrors: { setupToken: [expect.any(String)] } } } },
    });
    expect((await setUp('not-the-token')).status).toBe(403);
    expect(await hasAnyUser(t.db)).toBe(false);

    const token = /setup token: ([\w-]+)/.exec(api.output())?.[1];
    expect(token, 'the api printed a setup token').toBeDefined();
    expect((await setUp(token)).status).toBe(200);
    expect(await hasAnyUser(t.db)).toBe(true);
    expect((await setUp(token)).status).toBe(409);
  });

  it('takes a token made by `saffron setup token` as well', async () => {
    const cli = captureIo();
    expect(await runCli(['setup', 'token'], loadEnv(productionEnv()), cli.io)).toBe(0);
    const token = /setup token: ([\w-]+)/.exec(cli.out.join('\n'))?.[1];
    expect(token).toBeDefined();
    expect((await setUp(token)).status).toBe(200);
  });

  it('answers only the host of PUBLIC_URL (DNS rebinding), probes on any', async () => {
    const info = `${url}/api/v1/system.info`;
    expect(await getWithHost(info, 'rebind.evil.example:3001')).toBe(421);
    expect(await getWithHost(info, new URL(url).host)).toBe(200);
    expect(await getWithHost(`${url}/healthz`, '10.0.0.7:3001')).toBe(200);
  });
});
