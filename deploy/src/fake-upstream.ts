import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Seen {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
}

/**
 * A stand-in for an api or files instance behind nginx, for what the real apps cannot show
 * yet (event streams) or cannot show on demand (an instance dying mid-request). It records
 * what reached it. `respond` answers; by default a small JSON naming the instance.
 */
export async function startFakeUpstream(
  name: string,
  respond?: (seen: Seen, response: ServerResponse) => void,
) {
  const seen: Seen[] = [];
  const server = createServer((request, response) => {
    const entry = { method: request.method!, url: request.url!, headers: request.headers };
    seen.push(entry);
    if (respond) return respond(entry, response);
    request.resume();
    request.on('end', () => {
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ servedBy: name }));
    });
  });
  server.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    address: `127.0.0.1:${port}`,
    seen,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type FakeUpstream = Awaited<ReturnType<typeof startFakeUpstream>>;

/** An instance that takes the request and dies before answering (kill -9 mid-request). */
export function dropConnection(_seen: Seen, response: ServerResponse): void {
  response.socket?.destroy();
}
