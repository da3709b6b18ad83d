import { freePort } from '@saffron/service/testing';
import { afterAll, beforeAll } from 'vitest';
import { startFakeUpstream, type FakeUpstream, type Seen } from './fake-upstream.ts';
import { startNginx, type NginxSettings, type RunningNginx } from './nginx.ts';
import { createStaticSite } from './static-site.ts';
import type { ServerResponse } from 'node:http';

type Settings = Omit<NginxSettings, 'port' | 'staticRoot'>;

/**
 * For a test file about the nginx configuration: a stand-in static site, fake upstreams and
 * nginx processes on free loopback ports, all removed after the file's tests.
 */
export function useNginxFixtures() {
  let site: Awaited<ReturnType<typeof createStaticSite>> | undefined;
  const upstreams: FakeUpstream[] = [];
  const proxies: RunningNginx[] = [];
  beforeAll(async () => {
    site = await createStaticSite();
  });
  afterAll(async () => {
    for (const proxy of proxies) await proxy.stop();
    for (const upstream of upstreams) await upstream.close();
    await site?.remove();
  });
  return {
    async upstream(name: string, respond?: (seen: Seen, response: ServerResponse) => void) {
      const upstream = await startFakeUpstream(name, respond);
      upstreams.push(upstream);
      return upstream;
    },
    async nginx(settings: Settings): Promise<RunningNginx> {
      const proxy = await startNginx({
        port: await freePort(),
        staticRoot: site!.root,
        ...settings,
      });
      proxies.push(proxy);
      return proxy;
    },
  };
}
