import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { whenAllAnswer } from './dev-ready.ts';

const servers: Server[] = [];
afterEach(() =>
  Promise.all(servers.splice(0).map((server) => new Promise((done) => server.close(done)))),
);

/** A loopback server answering `status`, as the api's /readyz would. */
async function serve(status: () => number): Promise<string> {
  const server = createServer((_, response) => response.writeHead(status()).end());
  servers.push(server);
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/readyz`;
}

/** A port nothing listens on yet: a service still starting. */
async function notYetListening(): Promise<{ url: string; start: () => Promise<void> }> {
  const url = await serve(() => 200);
  const server = servers.pop()!;
  await new Promise((done) => server.close(done));
  const { port } = new URL(url);
  return {
    url,
    start: async () => {
      const again = createServer((_, response) => response.writeHead(200).end());
      servers.push(again);
      await new Promise<void>((listening) => again.listen(Number(port), '127.0.0.1', listening));
    },
  };
}

const settledWithin = (promise: Promise<unknown>, ms: number) =>
  Promise.race([
    promise.then(() => true),
    new Promise((done) => setTimeout(() => done(false), ms)),
  ]);

describe('the "Saffron is running" announcement', () => {
  it('waits for every service, including one not listening yet and one not ready, then resolves', async () => {
    const web = await serve(() => 200);
    let apiStatus = 503; // up, but its database is not
    const api = await serve(() => apiStatus);
    const files = await notYetListening();
    const closed = new AbortController();
    const ready = whenAllAnswer([api, files.url, web], { signal: closed.signal, intervalMs: 50 });

    expect(await settledWithin(ready, 400)).toBe(false);
    await files.start();
    expect(await settledWithin(ready, 400)).toBe(false);
    apiStatus = 200;
    expect(await ready).toBe(true);
  });

  it('gives up, saying so, when the dev server closes first', async () => {
    const closed = new AbortController();
    const { url } = await notYetListening();
    const ready = whenAllAnswer([url], { signal: closed.signal, intervalMs: 50 });
    closed.abort();
    expect(await ready).toBe(false);
  });
});
