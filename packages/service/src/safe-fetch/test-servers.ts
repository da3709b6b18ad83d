import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { createServer as createNetServer, Server as NetServer } from 'node:net';
import { afterEach, expect } from 'vitest';
import { SafeFetchError, type SafeFetchFailure } from './errors.ts';

/** A loopback server under test, with what it saw: connections made and requests read. */
export interface LoopbackServer {
  port: number;
  /** `http://<host>:<port><path>`, the host as it listens. */
  url: (path?: string) => string;
  connections: number;
  requests: number;
  /** Sockets that closed, for "the client hung up" assertions. */
  closedSockets: number;
}

const running: { close: () => Promise<void> }[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.close()));
});

function track(server: Server | ReturnType<typeof createNetServer>, host: string, port: number) {
  const sockets = new Set<Socket>();
  const seen: LoopbackServer = {
    port: 0,
    url: () => '',
    connections: 0,
    requests: 0,
    closedSockets: 0,
  };
  server.on('connection', (socket: Socket) => {
    seen.connections++;
    sockets.add(socket);
    // Reading is what notices the other side hung up; a silent server must read too.
    if (server instanceof NetServer) socket.resume();
    socket.on('close', () => {
      seen.closedSockets++;
      sockets.delete(socket);
    });
  });
  running.push({
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  });
  return new Promise<LoopbackServer>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      seen.port = (server.address() as AddressInfo).port;
      const shown = host.includes(':') ? `[${host}]` : host;
      seen.url = (path = '/') => `http://${shown}:${seen.port}${path}`;
      resolve(seen);
    });
  });
}

/** An HTTP server on loopback (127.0.0.1 unless told), closed after each test. */
export function startHttp(
  handler: RequestListener,
  { host = '127.0.0.1', port = 0 }: { host?: string; port?: number } = {},
): Promise<LoopbackServer> {
  let seen: LoopbackServer | undefined;
  const server = createServer((request, response) => {
    if (seen) seen.requests++;
    handler(request, response);
  });
  return track(server, host, port).then((tracked) => (seen = tracked));
}

/** A server that accepts connections and never says a word. */
export function startSilent(): Promise<LoopbackServer> {
  return track(createNetServer(), '127.0.0.1', 0);
}

/** An answer of one status, type and body. */
export const answer =
  (status: number, body: string | Buffer, headers: Record<string, string> = {}): RequestListener =>
  (_request, response) => {
    response.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...headers });
    response.end(body);
  };

/** Runs a fetch that must fail; its SafeFetchError, checked for reason and HTTP status. */
export async function refusal(
  attempt: Promise<unknown>,
  reason: SafeFetchFailure,
  status: number,
): Promise<SafeFetchError> {
  const error = await attempt.then(
    () => new Error('the fetch succeeded'),
    (failure: unknown) => failure,
  );
  expect(error).toBeInstanceOf(SafeFetchError);
  expect(error).toMatchObject({ reason, httpStatus: status });
  return error as SafeFetchError;
}
