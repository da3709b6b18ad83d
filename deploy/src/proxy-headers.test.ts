import { PasswordHasher } from '@saffron/auth';
import { insertUser } from '@saffron/db';
import { useTestDb } from '@saffron/db/testing';
import {
  childEnv,
  freePort,
  redisServerAvailable,
  startNode,
  startPrivateRedis,
  trpcMutation,
  trpcPath,
  waitForHttp,
  type RunningProcess,
} from '@saffron/service/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { NODE_SERVICES } from './apps.ts';
import { nginxAvailable, startNginx, type RunningNginx } from './nginx.ts';
import { repoPath } from './repo.ts';
import { createStaticSite } from './static-site.ts';

const PASSWORD = 'correct horse battery staple';
const login = { username: 'cook', password: PASSWORD };

/**
 * The api in production behind the real nginx config, as an attacker sees it: headers a
 * client forges, an Origin of another scheme, and the cookie without its `__Host-` prefix.
 */
describe.runIf(nginxAvailable() && redisServerAvailable())(
  'proxy headers, origins, HSTS and cookies: the api in production behind nginx',
  () => {
    const db = useTestDb();
    let redis: Awaited<ReturnType<typeof startPrivateRedis>>;
    let site: Awaited<ReturnType<typeof createStaticSite>>;
    let api: RunningProcess;
    let apiUrl: string;
    let nginx: RunningNginx;

    beforeAll(async () => {
      redis = await startPrivateRedis();
      site = await createStaticSite();
      const [apiPort, nginxPort] = [await freePort(), await freePort()];
      apiUrl = `http://127.0.0.1:${apiPort}`;
      api = startNode(
        repoPath(NODE_SERVICES.api.main),
        childEnv({
          NODE_ENV: 'production',
          DATABASE_URL: db.url,
          REDIS_URL: redis.url,
          API_PORT: String(apiPort),
          TRUST_PROXY: '1',
          PUBLIC_URL: `http://127.0.0.1:${nginxPort}`,
        }),
      );
      await waitForHttp(`${apiUrl}/readyz`);
      nginx = await startNginx({
        port: nginxPort,
        apiUpstreams: [`127.0.0.1:${apiPort}`],
        filesUpstreams: [`127.0.0.1:${await freePort()}`],
        staticRoot: site.root,
      });
    }, 90_000);

    afterAll(async () => {
      await nginx?.stop();
      await api?.stop();
      await redis?.remove();
      await site?.remove();
    });

    beforeEach(async () => {
      const passwordHash = await new PasswordHasher().hash(PASSWORD);
      await insertUser(db.db, { username: 'cook', passwordHash, role: 'user', apps: ['recipes'] });
    });

    it("refuses a foreign Origin that forges X-Forwarded-Host to look like the api's own", async () => {
      const forged = await trpcMutation(nginx.url, 'auth.login', login, {
        origin: 'https://evil.example',
        'x-forwarded-host': 'evil.example',
      });
      expect(forged.status).toBe(403);
      expect(forged.headers.getSetCookie()).toEqual([]);
    });

    it('refuses an Origin of the public host and port with another scheme', async () => {
      const otherScheme = nginx.url.replace('http://', 'https://');
      const refused = await trpcMutation(nginx.url, 'auth.login', login, { origin: otherScheme });
      expect(refused.status).toBe(403);
      const same = await trpcMutation(nginx.url, 'auth.login', login, { origin: nginx.url });
      expect(same.status).toBe(200);
    });

    it('sends HSTS when the browser came over https, and not over plain http', async () => {
      const overHttps = await fetch(`${nginx.url}/`, { headers: { 'x-forwarded-proto': 'https' } });
      expect(overHttps.headers.get('strict-transport-security')).toBe('max-age=63072000');
      const overHttp = await fetch(`${nginx.url}/`);
      expect(overHttp.headers.get('strict-transport-security')).toBeNull();
    });

    it('over https reads only the __Host- cookie, never the unprefixed one', async () => {
      const signedIn = await trpcMutation(nginx.url, 'auth.login', login, { origin: nginx.url });
      const token = signedIn.headers.getSetCookie()[0]!.split(';')[0]!.split('=')[1]!;
      // The api trusts one proxy hop, so a caller on loopback speaks for it: "this came over https".
      const me = (cookie: string) =>
        fetch(apiUrl + trpcPath('auth.me'), {
          headers: { cookie, 'x-forwarded-proto': 'https' },
        });
      expect((await me(`saffron_session=${token}`)).status).toBe(401);
      expect((await me(`__Host-saffron_session=${token}`)).status).toBe(200);
    });
  },
);
