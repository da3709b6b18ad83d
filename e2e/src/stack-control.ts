import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The stack runs in the global setup's process and the tests in workers, so a test that needs
 * the api restarted mid-journey asks the setup over loopback HTTP.
 */
export async function serveStackControl(stack: { restartApi: () => Promise<void> }) {
  const server = createServer((request, response) => {
    if (request.method !== 'POST' || request.url !== '/restart-api')
      return void response.writeHead(404).end();
    stack.restartApi().then(
      () => response.writeHead(204).end(),
      (error: unknown) => response.writeHead(500).end(String(error)),
    );
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** From a test: the api stopped as a deploy stops it, and started again; resolves once ready. */
export async function restartApi(controlUrl: string): Promise<void> {
  const answer = await fetch(`${controlUrl}/restart-api`, { method: 'POST' });
  if (answer.status !== 204) throw new Error(`api restart failed: ${await answer.text()}`);
}
