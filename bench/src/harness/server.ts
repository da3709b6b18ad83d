import { freePort, startNode, waitForHttp } from '@saffron/service/testing';
import { benchEnv } from '../env.ts';

export interface BenchServer {
  url: string;
  pid: number;
  stop: () => Promise<void>;
}

/**
 * Runs a Node entry in its own process, so the server does not share an event loop with
 * the load generator. "$PORT" in `args` or `env` values becomes the port chosen for it.
 */
export async function startServer(
  entry: string,
  {
    args = [],
    env = {},
    readyPath = '/healthz',
  }: { args?: string[]; env?: Record<string, string>; readyPath?: string },
): Promise<BenchServer> {
  const port = String(await freePort());
  const fill = (value: string) => (value === '$PORT' ? port : value);
  const filledEnv = Object.fromEntries(
    Object.entries(env).map(([key, value]) => [key, fill(value)]),
  );
  const server = startNode(
    entry,
    { PATH: benchEnv.path, HOME: benchEnv.home, ...filledEnv },
    { args: args.map(fill), stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const url = `http://127.0.0.1:${port}`;
  const exited = server.exited.then((code) => {
    throw new Error(`${entry} exited with code ${String(code)}`);
  });
  await Promise.race([waitForHttp(url + readyPath, 30_000), exited]);
  return { url, pid: server.child.pid!, stop: server.stop };
}
