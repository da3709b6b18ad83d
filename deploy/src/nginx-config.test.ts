import { request } from 'node:http';
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FakeUpstream } from './fake-upstream.ts';
import { nginxAvailable, type RunningNginx } from './nginx.ts';
import { useNginxFixtures } from './nginx-fixtures.ts';
import { BUNDLE } from './static-site.ts';

const FILES_MAX_BYTES = 4096;
const MULTIPART_ROOM = 1024 * 1024;
const IMPORT_ARCHIVE_MAX_BYTES = 3 * 1024 * 1024;

describe.runIf(nginxAvailable())('deploy/nginx/nginx.conf on Debian nginx, loopback', () => {
  const fixtures = useNginxFixtures();
  let api: FakeUpstream;
  let files: FakeUpstream;
  let nginx: RunningNginx;
  const secondEvent = Promise.withResolvers<void>();

  beforeAll(async () => {
    api = await fixtures.upstream('api', (seen, response) => {
      if (seen.url.startsWith('/api/v1/grocery.onChange')) {
        // One event now, the next only once the client has read the first: a proxy that
        // held events back until the stream ends would hang here.
        response.writeHead(200, {
          'content-type': 'text/event-stream',
          'cache-control': 'no-cache',
        });
        response.write(`data: ${'first '.repeat(300)}\n\n`);
        void secondEvent.promise.then(() => response.end('data: second\n\n'));
        return;
      }
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ servedBy: 'api', echo: 'x'.repeat(2000) }));
    });
    files = await fixtures.upstream('files', (_seen, response) => response.end('{"ok":true}'));
    nginx = await fixtures.nginx({
      apiUpstreams: [api.address],
      filesUpstreams: [files.address],
      filesMaxBytes: FILES_MAX_BYTES,
      importArchiveMaxBytes: IMPORT_ARCHIVE_MAX_BYTES,
      cspImgOrigins: 'https://cdn.example.com',
    });
  });

  it('renders a configuration nginx accepts, with the upstreams given', async () => {
    const config = await readFile(nginx.config, 'utf8');
    expect(config).toContain(`server ${api.address} max_fails=1 fail_timeout=5s;`);
    expect(config).toContain(`client_max_body_size ${FILES_MAX_BYTES + MULTIPART_ROOM};`);
    expect(config).not.toMatch(/\$\{[A-Z_]+\}/);
  });

  it('serves the web app: SPA fallback, revalidated HTML, service worker and manifest, immutable assets', async () => {
    for (const path of ['/', '/index.html', '/recipes/42/edit']) {
      const page = await fetch(nginx.url + path);
      expect(page.status, path).toBe(200);
      expect(await page.text()).toContain('<title>Saffron</title>');
      expect(page.headers.get('content-type')).toBe('text/html');
      expect(page.headers.get('cache-control'), path).toBe('no-cache');
    }
    for (const path of ['/sw.js', '/registerSW.js', '/manifest.webmanifest']) {
      const response = await fetch(nginx.url + path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('cache-control'), path).toBe('no-cache');
    }
    const manifest = await fetch(`${nginx.url}/manifest.webmanifest`);
    expect(manifest.headers.get('content-type')).toBe('application/manifest+json');
    const asset = await fetch(`${nginx.url}/assets/index-3f9a1c.js`, {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-type')).toBe('text/javascript');
    expect(asset.headers.get('content-encoding')).toBe('gzip');
    expect(await asset.text()).toBe(BUNDLE);
    const missing = await fetch(`${nginx.url}/assets/index-old.js`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('cache-control')).toBeNull();
  });

  it('serves the grocery app under /grocery/ the same way', async () => {
    const redirect = await fetch(`${nginx.url}/grocery`, { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toMatch(/\/grocery\/$/);
    for (const path of ['/grocery/', '/grocery/lists/7']) {
      const page = await fetch(nginx.url + path);
      expect(await page.text(), path).toContain('<title>Saffron grocery</title>');
      expect(page.headers.get('cache-control'), path).toBe('no-cache');
    }
    const asset = await fetch(`${nginx.url}/grocery/assets/index-8b2e.js`);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await fetch(`${nginx.url}/grocery/sw.js`)).headers.get('cache-control')).toBe(
      'no-cache',
    );
  });

  it('sends the security headers on pages, API answers and errors', async () => {
    for (const path of ['/', '/api/v1/system.info', '/assets/nope.js']) {
      const headers = (await fetch(nginx.url + path)).headers;
      const csp = headers.get('content-security-policy')!;
      expect(csp, path).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("img-src 'self' data: blob: https://cdn.example.com");
      expect(csp).not.toContain('unsafe-inline');
      expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('permissions-policy')).toContain('camera=()');
      expect(headers.get('strict-transport-security'), 'not over plain http').toBeNull();
      expect(headers.get('cross-origin-opener-policy'), path).toBe('same-origin');
    }
  });

  it('lets the bookmarklet’s page, and only it, talk to the recipe site that opened it', async () => {
    for (const path of ['/import/bookmarklet', '/import/bookmarklet?from=bar']) {
      const page = await fetch(nginx.url + path);
      expect(await page.text()).toContain('<title>Saffron</title>');
      expect(page.headers.get('cross-origin-opener-policy'), path).toBe('unsafe-none');
      expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    }
    for (const path of ['/import', '/import/bookmarklets', '/x/import/bookmarklet']) {
      const page = await fetch(nginx.url + path);
      expect(page.headers.get('cross-origin-opener-policy'), path).toBe('same-origin');
    }
  });

  it("proxies /api/v1/ with the host, the client's address and one request id, kept or made", async () => {
    const before = api.seen.length;
    const given = await fetch(`${nginx.url}/api/v1/system.info`, {
      headers: {
        'x-request-id': 'client-42',
        'accept-encoding': 'gzip',
        'x-forwarded-host': 'evil.example',
      },
    });
    expect(given.status).toBe(200);
    expect(given.headers.get('x-request-id')).toBe('client-42');
    expect(given.headers.get('content-encoding')).toBe('gzip');
    const made = await fetch(`${nginx.url}/api/v1/system.info`);
    const id = made.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    const [first, second] = api.seen.slice(before);
    expect(first!.headers).toMatchObject({
      host: new URL(nginx.url).host,
      // The client's own X-Forwarded-Host never reaches the apps, which trust this hop.
      'x-forwarded-host': new URL(nginx.url).host,
      'x-request-id': 'client-42',
      'x-forwarded-for': '127.0.0.1',
      'x-forwarded-proto': 'http',
    });
    expect(second!.headers['x-request-id']).toBe(id);
    expect(made.headers.get('x-request-id')?.split(',')).toHaveLength(1);
  });

  it('passes subscription events through at once: unbuffered and uncompressed', async () => {
    const response = await fetch(`${nginx.url}/api/v1/grocery.onChange?input=%7B%7D`, {
      headers: { accept: 'text/event-stream', 'accept-encoding': 'gzip' },
    });
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    expect(response.headers.get('content-encoding')).toBeNull();
    const reader = response.body!.getReader() as ReadableStreamDefaultReader<Uint8Array>;
    const decoder = new TextDecoder();
    const { value } = await reader.read();
    expect(decoder.decode(value)).toMatch(/^data: first/);
    secondEvent.resolve();
    let rest = '';
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      rest += decoder.decode(chunk.value);
    }
    expect(rest).toContain('data: second');
  });

  it('streams uploads to files unbuffered, and refuses bodies over the limit before they reach it', async () => {
    const upload = files.seen.length;
    // Half the body, then the rest only once the files service has the request: nginx
    // must not wait for the whole body first.
    const status = await new Promise<number>((resolve, reject) => {
      const post = request(`${nginx.url}/files/v1/recipes/1/attachments`, {
        method: 'POST',
        headers: {
          'content-type': 'application/octet-stream',
          'content-length': 2 * FILES_MAX_BYTES,
        },
      });
      post.on('response', (response) => resolve(response.statusCode!));
      post.on('error', reject);
      post.write(Buffer.alloc(FILES_MAX_BYTES));
      const waitForUpstream = setInterval(() => {
        if (files.seen.length > upload) {
          clearInterval(waitForUpstream);
          post.end(Buffer.alloc(FILES_MAX_BYTES));
        }
      }, 20);
    });
    expect(status).toBe(200);
    const tooLarge = await fetch(`${nginx.url}/files/v1/recipes/1/attachments`, {
      method: 'POST',
      body: Buffer.alloc(FILES_MAX_BYTES + MULTIPART_ROOM + 1),
    });
    expect(tooLarge.status).toBe(413);
    expect(files.seen.length).toBe(upload + 1);
  });

  it('takes a whole page or 500 lines for the procedures that need them, and 1 MB for the rest', async () => {
    const post = (path: string, bytes: number) =>
      fetch(nginx.url + path, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: Buffer.alloc(bytes, 32),
      });
    expect((await post('/api/v1/imports.fromHtml', 12 * 1024 * 1024)).status).toBe(200);
    expect((await post('/api/v1/ingredients.parse', 2 * 1024 * 1024)).status).toBe(200);
    expect((await post('/api/v1/recipes.byId,imports.fromHtml', 2 * 1024 * 1024)).status).toBe(200);
    expect((await post('/api/v1/recipes.create', 2 * 1024 * 1024)).status).toBe(413);
    expect((await post('/api/v1/imports.fromHtml', 25 * 1024 * 1024)).status).toBe(413);
  });

  it('takes an export for import up to its own limit, larger than an attachment', async () => {
    const upload = (bytes: number) =>
      fetch(`${nginx.url}/files/v1/imports`, { method: 'POST', body: Buffer.alloc(bytes) });
    expect((await upload(FILES_MAX_BYTES + MULTIPART_ROOM + 1)).status).toBe(200);
    expect((await upload(IMPORT_ARCHIVE_MAX_BYTES + MULTIPART_ROOM + 1)).status).toBe(413);
  });
});
