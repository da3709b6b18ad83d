import { freePort, trpcMutation } from '@saffron/service/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { dropConnection, type FakeUpstream } from './fake-upstream.ts';
import { nginxAvailable } from './nginx.ts';
import { useNginxFixtures } from './nginx-fixtures.ts';

describe.runIf(nginxAvailable())('nginx retries on another api instance only when safe', () => {
  const fixtures = useNginxFixtures();
  let dying: FakeUpstream;
  let healthy: FakeUpstream;
  let files: FakeUpstream;
  // A fresh nginx per test: each starts its round robin at the first (dying) instance.
  const proxyFor = (first: string) =>
    fixtures.nginx({ apiUpstreams: [first, healthy.address], filesUpstreams: [files.address] });

  beforeAll(async () => {
    dying = await fixtures.upstream('dying', dropConnection);
    healthy = await fixtures.upstream('healthy');
    files = await fixtures.upstream('files');
  });

  it('retries a GET on the other instance when one dies mid-request', async () => {
    const proxy = await proxyFor(dying.address);
    const before = dying.seen.length;
    for (let i = 0; i < 2; i++) {
      const response = await fetch(`${proxy.url}/api/v1/system.info`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ servedBy: 'healthy' });
    }
    expect(dying.seen.length - before).toBe(1);
  });

  it('never sends a POST a second time: the client gets 502 and decides', async () => {
    const proxy = await proxyFor(dying.address);
    const before = { dying: dying.seen.length, healthy: healthy.seen.length };
    const statuses: number[] = [];
    for (let i = 0; i < 2; i++)
      statuses.push(
        (await trpcMutation(proxy.url, 'admin.users.create', { username: `u${i}` })).status,
      );
    expect(dying.seen.length - before.dying).toBe(1);
    expect(statuses.toSorted()).toEqual([200, 502]);
    // Only the other POST reached the healthy instance: the one the dying took was not replayed.
    expect(healthy.seen.length - before.healthy).toBe(1);
  });

  it('sends a POST on when the first instance refused the connection (nobody saw it)', async () => {
    const proxy = await proxyFor(`127.0.0.1:${await freePort()}`);
    const before = healthy.seen.length;
    for (let i = 0; i < 2; i++)
      expect((await trpcMutation(proxy.url, 'admin.users.create', {})).status).toBe(200);
    expect(healthy.seen.length - before).toBe(2);
  });
});
