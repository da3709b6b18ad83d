import { useTestDb } from '@saffron/db/testing';
import type { TGroceryChanges } from '@saffron/shared';
import {
  childEnv,
  freePort,
  redisServerAvailable,
  startNode,
  startPrivateRedis,
  trpcResult,
  waitForHttp,
  type RunningProcess,
} from '@saffron/service/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NODE_SERVICES } from './apps.ts';
import { nginxAvailable, startNginx, type RunningNginx } from './nginx.ts';
import { repoPath } from './repo.ts';
import { BrowserSession } from './saffron-client.ts';
import { createStaticSite } from './static-site.ts';

const API_MAIN = repoPath(NODE_SERVICES.api.main);
const FILES_MAIN = repoPath(NODE_SERVICES.files.main);
const PASSWORD = 'correct horse battery staple';

/**
 * The write the load uses: an item on the grocery list, whose changes are serialised per
 * list under a row lock, so a killed instance holding that lock is part of the test.
 */
const addItem = (name: string) => ({ items: [{ name, quantity: '1' }] });

interface ApiInstance {
  port: number;
  process: RunningProcess;
}

async function eventually(check: () => boolean, what: string, timeoutMs = 20_000) {
  for (const deadline = Date.now() + timeoutMs; !check();) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe.runIf(nginxAvailable() && redisServerAvailable())(
  'several instances behind the real nginx config, on loopback',
  () => {
    const db = useTestDb();
    let redis: Awaited<ReturnType<typeof startPrivateRedis>>;
    let site: Awaited<ReturnType<typeof createStaticSite>>;
    let files: RunningProcess;
    let nginx: RunningNginx;
    const apis: ApiInstance[] = [];

    const apiEnv = (port: number) =>
      childEnv({
        DATABASE_URL: db.url,
        REDIS_URL: redis.url,
        API_PORT: String(port),
        TRUST_PROXY: '1',
      });

    async function startApi(port: number): Promise<RunningProcess> {
      const started = startNode(API_MAIN, apiEnv(port));
      await waitForHttp(`http://127.0.0.1:${port}/readyz`);
      return started;
    }

    beforeAll(async () => {
      redis = await startPrivateRedis();
      site = await createStaticSite();
      for (let i = 0; i < 2; i++) {
        const port = await freePort();
        apis.push({ port, process: await startApi(port) });
      }
      const filesPort = await freePort();
      files = startNode(
        FILES_MAIN,
        childEnv({ DATABASE_URL: db.url, FILES_PORT: String(filesPort) }),
      );
      await waitForHttp(`http://127.0.0.1:${filesPort}/readyz`);
      nginx = await startNginx({
        port: await freePort(),
        apiUpstreams: apis.map((api) => `127.0.0.1:${api.port}`),
        filesUpstreams: [`127.0.0.1:${filesPort}`],
        staticRoot: site.root,
      });
    }, 90_000);

    afterAll(async () => {
      await nginx?.stop();
      for (const running of [...apis.map((api) => api.process), files]) await running?.stop();
      await redis?.remove();
      await site?.remove();
    });

    /** First run through nginx: the admin account, signed in (tables are emptied per test). */
    async function signInAdmin(): Promise<BrowserSession> {
      const admin = new BrowserSession(nginx.url);
      const setup = await admin.mutate(
        'auth.setupAdmin',
        { username: 'admin', password: PASSWORD },
        'setup-1',
      );
      expect(setup.status).toBe(200);
      return admin;
    }

    it('signs in through nginx, and the session works on both api instances', async () => {
      const admin = await signInAdmin();
      for (let i = 0; i < 12; i++) {
        const me = await admin.query('auth.me', `me-${i}`);
        expect(me.status).toBe(200);
        expect(await trpcResult<{ username: string }>(me)).toMatchObject({ username: 'admin' });
      }
      // Each instance logged some of the calls (by the request id nginx passed on).
      for (const [i, api] of apis.entries()) {
        await eventually(() => /"reqId":"me-\d+"/.test(api.process.output()), `api ${i} logged`);
      }
    });

    it('routes /files/v1/ to the files service and / to the web app', async () => {
      const attachment = await fetch(`${nginx.url}/files/v1/no-such-route`, {
        headers: { 'x-request-id': 'files-1' },
      });
      expect(attachment.status).toBe(404);
      expect(await attachment.json()).toMatchObject({ error: 'Not Found' }); // Fastify's, not nginx's
      await eventually(() => files.output().includes('"reqId":"files-1"'), 'files logged it');
      expect(await (await fetch(`${nginx.url}/recipes/1`)).text()).toContain(
        '<title>Saffron</title>',
      );
    });

    it('keeps every acknowledged write while an api instance is killed (-9) and restarted under load', async () => {
      const admin = await signInAdmin();
      const acknowledged: string[] = [];
      const refused: { key: string; status: number }[] = [];
      let stop = false;
      const worker = async (id: number) => {
        for (let i = 0; !stop; i++) {
          const key = `load${id}x${i}`;
          const response = await admin
            .mutate('grocery.addItems', addItem(key), `write-${key}`)
            .catch(() => undefined);
          if (response?.ok) acknowledged.push(key);
          else refused.push({ key, status: response?.status ?? 0 });
        }
      };
      const WORKERS = 4;
      const load = Promise.all(Array.from({ length: WORKERS }, (_, id) => worker(id)));
      try {
        await eventually(() => acknowledged.length >= 20, '20 writes were acknowledged');
        const victim = apis[0]!;
        victim.process.child.kill('SIGKILL');
        await victim.process.exited;
        const duringOutage = acknowledged.length;
        await eventually(
          () => acknowledged.length >= duringOutage + 10,
          'the other instance took over',
        );
        victim.process = await startApi(victim.port);
        // nginx tries the restarted instance again after fail_timeout (5 s).
        await eventually(
          () => /"reqId":"write-load/.test(victim.process.output()),
          'the restarted instance served writes again',
        );
      } finally {
        stop = true;
        await load;
      }

      const rows = await db.db
        .selectFrom('grocery_items')
        .select('name')
        .where('name', 'in', acknowledged)
        .execute();
      expect(rows.map((row) => row.name).toSorted()).toEqual(acknowledged.toSorted());
      // Only what was in flight on the killed instance (or sent on a connection to it nginx
      // had not yet seen close) may fail, as a 502, and nginx never replays it.
      expect(refused.length).toBeLessThanOrEqual(2 * WORKERS);
      for (const { status } of refused) expect(status).toBe(502);
      expect(acknowledged.length).toBeGreaterThan(30);
    }, 90_000);

    it('delivers live grocery events to subscribers on both instances', async () => {
      const admin = await signInAdmin();
      // nginx spreads the streams round robin; open them until each instance holds one.
      const streams = new Map<number, Awaited<ReturnType<BrowserSession['subscribe']>>>();
      for (let i = 0; streams.size < apis.length; i++) {
        expect(i, 'streams reached both instances').toBeLessThan(12);
        const requestId = `stream-${i}`;
        const stream = await admin.subscribe('grocery.onChange', { lastEventId: null }, requestId);
        const served = () => apis.findIndex((api) => api.process.output().includes(requestId));
        await eventually(() => served() >= 0, `an instance logged ${requestId}`);
        if (streams.has(served())) stream.close();
        else streams.set(served(), stream);
      }
      try {
        expect((await admin.mutate('grocery.addItems', addItem('saffron'), 'add-1')).ok).toBe(true);
        const hasSaffron = (changes: TGroceryChanges) =>
          changes.items.some((item) => item.name === 'saffron');
        const events = await Promise.all([...streams.values()].map((s) => s.next(hasSaffron)));
        expect(new Set(events.map((event) => event.id)).size).toBe(1);
      } finally {
        for (const stream of streams.values()) stream.close();
      }
    });
  },
);
