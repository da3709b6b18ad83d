import { isIP } from 'node:net';
import { beforeEach, describe, expect, it } from 'vitest';
import { createSafeFetcher, type SafeFetchOptions } from './fetcher.ts';
import { resolveTarget, type HostLookup } from './target.ts';
import { answer, refusal, startHttp, type LoopbackServer } from './test-servers.ts';

const limits = { maxBytes: 5_242_880, timeoutMs: 5_000 };
const fetcher = (options: Partial<SafeFetchOptions> = {}) =>
  createSafeFetcher({ allowedHosts: [], ...limits, ...options });
const page = { kind: 'page' } as const;

/** The servers a link must never reach: on 127.0.0.1 and on ::1, counting what arrives. */
let privateV4: LoopbackServer;
let privateV6: LoopbackServer;

beforeEach(async () => {
  privateV4 = await startHttp(answer(200, '<p>secret</p>'));
  privateV6 = await startHttp(answer(200, '<p>secret</p>'), { host: '::1' });
});

const untouched = () => {
  expect(privateV4.connections + privateV4.requests).toBe(0);
  expect(privateV6.connections + privateV6.requests).toBe(0);
};

describe('safe fetch: private networks', () => {
  it('reaches a loopback server that is allowed (so the counters below can move)', async () => {
    const allowed = fetcher({ allowedHosts: [`127.0.0.1:${privateV4.port}`, '::1'] });
    expect((await allowed.fetch(privateV4.url(), page)).text()).toBe('<p>secret</p>');
    expect((await allowed.fetch(privateV6.url(), page)).status).toBe(200);
    expect([privateV4.requests, privateV6.requests]).toEqual([1, 1]);
  });

  it.each([
    '127.0.0.1',
    '127.1',
    '0x7f000001',
    '2130706433',
    '0177.0.0.1',
    '0.0.0.0',
    '127.0.0.1.',
    '[::ffff:127.0.0.1]',
    '[::ffff:7f00:1]',
    '[::127.0.0.1]',
    '[64:ff9b::127.0.0.1]',
    '[2002:7f00:1::]',
    'localhost',
    'localhost.',
    'LOCALHOST',
    'api.localhost',
  ])('refuses http://%s:<port>/ with a 400 on the url field, and never connects', async (host) => {
    const error = await refusal(
      fetcher().fetch(`http://${host}:${privateV4.port}/`, page),
      'refused-address',
      400,
    );
    expect(error.fieldErrors?.url?.[0]).toMatch(/does not fetch addresses on private networks/);
    expect(error.message).toMatch(/IMPORT_ALLOWED_HOSTS/);
    untouched();
  });

  it('refuses IPv6 loopback', async () => {
    await refusal(fetcher().fetch(privateV6.url(), page), 'refused-address', 400);
    untouched();
  });

  it('says which address it refused', async () => {
    const error = await refusal(fetcher().fetch('http://127.1/', page), 'refused-address', 400);
    expect(error.message).toBe(
      'Saffron does not fetch addresses on private networks (127.0.0.1). To import from a site on your own network, add its host to IMPORT_ALLOWED_HOSTS.',
    );
  });

  it.each([
    'file:///etc/passwd',
    'ftp://example.com/x',
    'data:text/html,hi',
    'gopher://x/',
    'nope',
  ])('refuses %s as bad input', async (link) => {
    const error = await refusal(fetcher().fetch(link, page), 'invalid-url', 400);
    expect(error.fieldErrors?.url).toEqual([error.message]);
  });

  it('refuses a redirect from an allowed host to a private one', async () => {
    const targets = [privateV4.url('/x'), `http://localhost:${privateV4.port}/`, privateV6.url()];
    const allowed = await startHttp((request, response) => {
      response.writeHead(302, { location: targets[Number(request.url?.slice(1))] }).end();
    });
    const fetch = fetcher({ allowedHosts: [`127.0.0.1:${allowed.port}`] });
    for (const index of targets.keys()) {
      await refusal(fetch.fetch(allowed.url(`/${index}`), page), 'refused-address', 400);
    }
    expect(allowed.requests).toBe(3);
    untouched();
  });

  it('refuses a redirect to file:', async () => {
    const allowed = await startHttp((_request, response) => {
      response.writeHead(301, { location: 'file:///etc/passwd' }).end();
    });
    const fetch = fetcher({ allowedHosts: [`127.0.0.1:${allowed.port}`] });
    await refusal(fetch.fetch(allowed.url(), page), 'invalid-url', 400);
  });

  it('permits an allowed host:port only on that port', async () => {
    const other = await startHttp(answer(200, 'other'));
    const fetch = fetcher({ allowedHosts: [`127.0.0.1:${other.port}`] });
    expect((await fetch.fetch(other.url(), page)).text()).toBe('other');
    await refusal(fetch.fetch(privateV4.url(), page), 'refused-address', 400);
    untouched();
  });
});

describe('safe fetch: DNS', () => {
  it('refuses a public-looking name that resolves to a private address', async () => {
    const asked: string[] = [];
    const lookup: HostLookup = (hostname) => {
      asked.push(hostname);
      return Promise.resolve([{ address: '127.0.0.1', family: 4 }]);
    };
    const error = await refusal(
      fetcher({ lookup }).fetch(`http://recipes.example:${privateV4.port}/`, page),
      'refused-address',
      400,
    );
    expect(error.message).toMatch(/\(recipes\.example is 127\.0\.0\.1\)/);
    expect(asked).toEqual(['recipes.example']);
    untouched();
  });

  // resolveTarget itself, which never connects: a public address here is never contacted.
  it.each([
    [['93.184.215.14', '10.1.2.3']],
    [['2606:4700::1111', '::1']],
    [['fd00::1', '93.184.215.14']],
  ])('refuses a name when any one of its addresses is private: %j', async (addresses) => {
    const lookup: HostLookup = () =>
      Promise.resolve(addresses.map((address) => ({ address, family: isIP(address) })));
    const url = new URL('http://mixed.example/');
    await refusal(resolveTarget(url, { allowed: false, lookup }), 'refused-address', 400);
    const allowed = await resolveTarget(url, { allowed: true, lookup });
    expect(allowed.hostname).toBe('mixed.example');
  });

  it('resolves once and connects to the address it checked (no DNS rebinding)', async () => {
    // Same port on both: a second lookup answering ::1 would land on the private server.
    const first = await startHttp(answer(200, 'first'), { port: privateV6.port });
    const answers = ['127.0.0.1', '::1', '::1'];
    let calls = 0;
    const lookup: HostLookup = () => {
      const address = answers[calls++] ?? '::1';
      return Promise.resolve([{ address, family: address.includes(':') ? 6 : 4 }]);
    };
    const fetch = fetcher({ lookup, allowedHosts: ['rebind.example'] });
    const fetched = await fetch.fetch(`http://rebind.example:${first.port}/`, page);
    expect(fetched.text()).toBe('first');
    expect(calls).toBe(1);
    expect(first.requests).toBe(1);
    untouched();
  });

  it('says when a name does not exist', async () => {
    const lookup: HostLookup = () =>
      Promise.reject(Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' }));
    const error = await refusal(
      fetcher({ lookup }).fetch('https://nowhere.example/', page),
      'unreachable',
      422,
    );
    expect(error.message).toBe('Saffron could not find nowhere.example. Check the address.');
  });
});
