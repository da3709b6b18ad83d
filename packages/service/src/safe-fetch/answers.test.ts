import type { IncomingHttpHeaders } from 'node:http';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { freePort } from '../testing/process.ts';
import { createSafeFetcher, MAX_REDIRECTS } from './fetcher.ts';
import { answer, refusal, startHttp, type LoopbackServer } from './test-servers.ts';

const fetcherFor = (server: LoopbackServer) =>
  createSafeFetcher({
    allowedHosts: [`127.0.0.1:${server.port}`],
    maxBytes: 1_000_000,
    timeoutMs: 5_000,
  });
const page = { kind: 'page' } as const;
const image = { kind: 'image' } as const;

describe('safe fetch: redirects', () => {
  /** /hop/N redirects to /hop/N-1 (relative Location); /hop/0 is the page. */
  const chain = () =>
    startHttp((request, response) => {
      const left = Number(new URL(request.url ?? '', 'http://x').pathname.split('/')[2]);
      if (left === 0) return answer(200, 'arrived')(request, response);
      response.writeHead(302, { location: `../hop/${left - 1}?from=${left}` }).end();
    });

  it(`follows ${MAX_REDIRECTS} redirects, resolving relative Locations`, async () => {
    const server = await chain();
    const fetched = await fetcherFor(server).fetch(server.url(`/hop/${MAX_REDIRECTS}`), page);
    expect(fetched).toMatchObject({ status: 200, url: server.url('/hop/0?from=1') });
    expect(fetched.text()).toBe('arrived');
    expect(server.requests).toBe(MAX_REDIRECTS + 1);
  });

  it(`refuses the ${MAX_REDIRECTS + 1}th`, async () => {
    const server = await chain();
    const fetching = fetcherFor(server).fetch(server.url(`/hop/${MAX_REDIRECTS + 1}`), page);
    await refusal(fetching, 'too-many-redirects', 422);
    expect(server.requests).toBe(MAX_REDIRECTS + 1);
  });
});

describe('safe fetch: what the site answers', () => {
  it('sends a browser-like request', async () => {
    let seen: IncomingHttpHeaders = {};
    const server = await startHttp((request, response) => {
      seen = request.headers;
      answer(200, 'ok')(request, response);
    });
    await fetcherFor(server).fetch(server.url(), { ...page, acceptLanguage: 'de-DE,de;q=0.9' });
    expect(seen['user-agent']).toMatch(/^Mozilla\/5\.0 \(Windows NT 10\.0.*Chrome\/\d+/);
    expect(seen).toMatchObject({
      'accept-language': 'de-DE,de;q=0.9',
      host: `127.0.0.1:${server.port}`,
    });
    expect(seen.accept).toMatch(/^text\/html/);
    await fetcherFor(server).fetch(server.url(), { ...page, acceptLanguage: 'x\r\nevil: 1' });
    expect(seen['accept-language']).toBe('en-US,en;q=0.9');
    expect(seen.evil).toBeUndefined();
  });

  it.each([
    ['page', 'application/pdf', /not a web page Saffron can read \(it is application\/pdf\)/],
    ['page', 'image/png', /not a web page/],
    ['image', 'text/html', /not a photo Saffron can use \(it is text\/html\)/],
    ['image', 'image/svg+xml', /not a photo/],
  ] as const)('refuses a %s answered as %s with a 422', async (kind, type, message) => {
    const server = await startHttp(answer(200, 'x', { 'content-type': type }));
    const error = await refusal(
      fetcherFor(server).fetch(server.url(), { kind }),
      'content-type',
      422,
    );
    expect(error.message).toMatch(message);
  });

  it.each(['application/ld+json', 'application/json', 'application/xhtml+xml; charset=utf-8'])(
    'takes a page served as %s',
    async (type) => {
      const server = await startHttp(answer(200, '{}', { 'content-type': type }));
      expect((await fetcherFor(server).fetch(server.url(), page)).contentType).toBe(
        type.split(';')[0],
      );
    },
  );

  it.each(['image/jpeg', 'image/webp', 'image/avif', 'image/heic'])(
    'takes an image served as %s',
    async (type) => {
      const server = await startHttp(answer(200, Buffer.from([1, 2, 3]), { 'content-type': type }));
      const fetched = await fetcherFor(server).fetch(server.url(), image);
      expect(fetched).toMatchObject({ contentType: type, body: Buffer.from([1, 2, 3]) });
    },
  );

  it.each([
    ['403', answer(403, 'Forbidden')],
    ['429', answer(429, 'Slow down', { 'retry-after': '60' })],
    ['a Cloudflare 503 challenge', answer(503, '<html><head><title>Just a moment...</title>')],
    ['cf-mitigated: challenge', answer(200, '<p>hi</p>', { 'cf-mitigated': 'challenge' })],
    [
      'an "Attention Required" page',
      answer(200, '<title>Attention Required! | Cloudflare</title>'),
    ],
    ['a DataDome interstitial', answer(200, "<script src='https://ct.captcha-delivery.com/c.js'>")],
    ['a PerimeterX captcha', answer(200, '<div id="px-captcha"></div>')],
  ])('says a site blocks automated requests on %s', async (_name, handler) => {
    const server = await startHttp(handler);
    const error = await refusal(fetcherFor(server).fetch(server.url(), page), 'blocked', 422);
    expect(error.message).toMatch(/^127\.0\.0\.1 blocks automated requests \(it answered \d{3}\)/);
  });

  it.each([
    [404, 'not-found', 'That page does not exist (404).'],
    [410, 'not-found', 'That page does not exist (410).'],
    [503, 'upstream', '127.0.0.1 had a problem (it answered 503).'],
    [500, 'upstream', '127.0.0.1 had a problem (it answered 500).'],
    [400, 'upstream', '127.0.0.1 refused the request (it answered 400).'],
    [304, 'upstream', '127.0.0.1 answered oddly (it answered 304).'],
  ] as const)('turns a %d into a 422 that names it', async (status, reason, message) => {
    const server = await startHttp(answer(status, status === 304 ? '' : 'nope'));
    const error = await refusal(fetcherFor(server).fetch(server.url(), page), reason, 422);
    expect(error.message).toBe(message);
  });

  it('says a site that hangs up is unreachable', async () => {
    const server = await startHttp((request) => request.socket.destroy());
    const error = await refusal(fetcherFor(server).fetch(server.url(), page), 'unreachable', 422);
    expect(error.message).toBe('127.0.0.1 closed the connection before it finished answering.');
  });

  it('says a site that is not listening refused the connection', async () => {
    const port = await freePort();
    const fetch = createSafeFetcher({
      allowedHosts: ['127.0.0.1'],
      maxBytes: 1_000,
      timeoutMs: 5_000,
    });
    const error = await refusal(fetch.fetch(`http://127.0.0.1:${port}/`, page), 'unreachable', 422);
    expect(error.message).toBe('127.0.0.1 refused the connection.');
  });
});

describe('safe fetch: decoding', () => {
  const body = '<p>Crème brûlée</p>';
  it.each([
    ['gzip', gzipSync(body)],
    ['deflate', deflateSync(body)],
    ['br', brotliCompressSync(body)],
  ])('undoes %s', async (encoding, compressed) => {
    const server = await startHttp(answer(200, compressed, { 'content-encoding': encoding }));
    expect((await fetcherFor(server).fetch(server.url(), page)).text()).toBe(body);
  });

  it('refuses a compression it does not know', async () => {
    const server = await startHttp(answer(200, 'x', { 'content-encoding': 'zstd' }));
    await refusal(fetcherFor(server).fetch(server.url(), page), 'upstream', 422);
  });

  const windows1252 = Buffer.from([0x43, 0x72, 0xe8, 0x6d, 0x65, 0x20, 0x80]); // "Crème €"
  it('decodes windows-1252 named by the Content-Type header', async () => {
    const server = await startHttp(
      answer(200, windows1252, { 'content-type': 'text/html; charset=windows-1252' }),
    );
    expect((await fetcherFor(server).fetch(server.url(), page)).text()).toBe('Crème €');
  });

  it('decodes windows-1252 named by a <meta> tag', async () => {
    const html = Buffer.concat([
      Buffer.from('<html><head><meta charset="windows-1252"></head>'),
      windows1252,
    ]);
    const server = await startHttp(answer(200, html, { 'content-type': 'text/html' }));
    expect((await fetcherFor(server).fetch(server.url(), page)).text()).toMatch(/Crème €$/);
  });
});
