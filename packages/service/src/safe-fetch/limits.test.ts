import { randomBytes } from 'node:crypto';
import type { RequestListener } from 'node:http';
import type { Writable } from 'node:stream';
import { createGzip, gzipSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { createSafeFetcher } from './fetcher.ts';
import type { HostLookup } from './target.ts';
import { refusal, startHttp, startSilent, type LoopbackServer } from './test-servers.ts';

const MAX_BYTES = 5_242_880;
const MIB = 1024 * 1024;
const SIXTY_MB = 60 * MIB;
const page = { kind: 'page' } as const;
const fetcherFor = (server: LoopbackServer, timeoutMs = 10_000, lookup?: HostLookup) =>
  createSafeFetcher({
    allowedHosts: [`127.0.0.1:${server.port}`, 'slow.example'],
    maxBytes: MAX_BYTES,
    timeoutMs,
    ...(lookup ? { lookup } : {}),
  });

/** Writes `total` bytes of `chunk`s (optionally gzipped on the fly), as fast as it is read. */
function streaming(total: number, options: { gzip?: boolean; headers?: object } = {}) {
  const progress = { sent: 0 };
  const chunk = Buffer.from(randomBytes(32_768).toString('hex'));
  const handler: RequestListener = (_request, response) => {
    response.writeHead(200, {
      'content-type': 'text/html',
      ...(options.gzip ? { 'content-encoding': 'gzip' } : {}),
      ...options.headers,
    });
    let out: Writable = response;
    if (options.gzip) {
      const gzip = createGzip();
      gzip.pipe(response);
      response.on('close', () => gzip.destroy());
      out = gzip;
    }
    const pump = () => {
      while (progress.sent < total && !response.destroyed) {
        progress.sent += chunk.length;
        if (!out.write(chunk)) return void out.once('drain', pump);
      }
      out.end();
    };
    pump();
  };
  return { handler, progress };
}

/** A gzip of `size` zero bytes, built a megabyte at a time. */
/** A gzip of `size` zero bytes made of 1 MiB members (gzip allows many): quick to build under load. */
function gzippedZeros(size: number): Buffer {
  const member = gzipSync(Buffer.alloc(MIB), { level: 9 });
  return Buffer.concat(Array.from({ length: Math.ceil(size / MIB) }, () => member));
}

async function timed<T>(run: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const start = performance.now();
  const result = await run();
  return { result, ms: performance.now() - start };
}

describe('safe fetch: size cap', () => {
  it.each([
    ['plain, no Content-Length', {}],
    ['gzipped on the fly, no Content-Length', { gzip: true }],
  ])('stops a 60 MB body (%s) at 5 MB with a 413 and hangs up', async (_name, options) => {
    const { handler, progress } = streaming(SIXTY_MB, options);
    const server = await startHttp(handler);
    const { result: error, ms } = await timed(() =>
      refusal(fetcherFor(server).fetch(server.url(), page), 'too-large', 413),
    );
    expect(error.message).toMatch(/larger than 5 MB/);
    expect(ms).toBeLessThan(3_000);
    await vi.waitFor(() => expect(server.closedSockets).toBe(1));
    expect(progress.sent).toBeLessThan(SIXTY_MB / 2);
  });

  it('refuses a Content-Length above the cap before reading the body', async () => {
    const { handler, progress } = streaming(SIXTY_MB, {
      headers: { 'content-length': String(SIXTY_MB) },
    });
    const server = await startHttp(handler);
    await refusal(fetcherFor(server).fetch(server.url(), page), 'too-large', 413);
    await vi.waitFor(() => expect(server.closedSockets).toBe(1));
    expect(progress.sent).toBeLessThan(SIXTY_MB / 2);
  });

  it('counts decompressed bytes: a 200 KB gzip of 200 MB (small Content-Length) is a 413', async () => {
    const bomb = gzippedZeros(200 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(MAX_BYTES / 10);
    const server = await startHttp((_request, response) => {
      response.writeHead(200, {
        'content-type': 'text/html',
        'content-encoding': 'gzip',
        'content-length': String(bomb.length),
      });
      response.end(bomb);
    });
    const { ms } = await timed(() =>
      refusal(fetcherFor(server).fetch(server.url(), page), 'too-large', 413),
    );
    expect(ms).toBeLessThan(2_000);
  });

  it('reads a body of exactly the cap', async () => {
    const server = await startHttp(streaming(MAX_BYTES - (MAX_BYTES % 65_536)).handler);
    const fetched = await fetcherFor(server).fetch(server.url(), page);
    expect(fetched.body.length).toBe(MAX_BYTES - (MAX_BYTES % 65_536));
  });
});

describe('safe fetch: time cap', () => {
  const CAP = 500;
  const MARGIN = 700;

  it('gives up on a server that accepts and never answers', async () => {
    const server = await startSilent();
    const { result: error, ms } = await timed(() =>
      refusal(fetcherFor(server, CAP).fetch(server.url(), page), 'timeout', 422),
    );
    expect(error.message).toBe(
      '127.0.0.1 took too long to answer (more than 0.5 s). Try again later.',
    );
    expect(ms).toBeLessThan(CAP + MARGIN);
    await vi.waitFor(() => expect(server.closedSockets).toBe(1));
  });

  it('gives up on a body that dribbles in forever', async () => {
    const server = await startHttp((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      const timer = setInterval(() => response.write('.'), 50);
      response.on('close', () => clearInterval(timer));
    });
    const { ms } = await timed(() =>
      refusal(fetcherFor(server, CAP).fetch(server.url(), page), 'timeout', 422),
    );
    expect(ms).toBeLessThan(CAP + MARGIN);
  });

  it('counts DNS in the cap', async () => {
    const server = await startSilent();
    const lookup: HostLookup = () => new Promise(() => {});
    const { ms } = await timed(() =>
      refusal(fetcherFor(server, CAP, lookup).fetch('http://slow.example/', page), 'timeout', 422),
    );
    expect(ms).toBeLessThan(CAP + MARGIN);
  });

  it('rejects with the caller’s reason when the caller cancels', async () => {
    const server = await startSilent();
    const controller = new AbortController();
    const fetching = fetcherFor(server).fetch(server.url(), { ...page, signal: controller.signal });
    setTimeout(() => controller.abort(new Error('client went away')), 50);
    await expect(fetching).rejects.toThrow('client went away');
  });
});
