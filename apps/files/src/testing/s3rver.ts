import { mkdtemp, rm } from 'node:fs/promises';
import type { IncomingMessage, Server } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The part of s3rver's API used here (the package ships no types). */
interface S3rver {
  httpServer: Server;
  run: () => Promise<{ port: number }>;
  close: () => Promise<void>;
}
type S3rverOptions = {
  address: string;
  port: number;
  directory: string;
  silent: boolean;
  configureBuckets: { name: string }[];
};
const S3rver = createRequire(import.meta.url)('s3rver') as new (options: S3rverOptions) => S3rver;

/** s3rver's fixed credentials: it checks request signatures like S3 does. */
export const S3RVER_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

export interface RunningS3rver {
  endpoint: string;
  bucket: string;
  /** "METHOD /path?query" of every request it received, in order. */
  requests: string[];
  /** Stops answering (an outage); `start` brings it back on the same port with the same data. */
  stop: () => Promise<void>;
  start: () => Promise<void>;
  remove: () => Promise<void>;
}

/** A real S3 API server (s3rver) on a free port, with its own data directory and one bucket. */
export async function startS3rver({ bucket = 'saffron', port = 0 } = {}): Promise<RunningS3rver> {
  const directory = await mkdtemp(join(tmpdir(), 'saffron-s3rver-'));
  const requests: string[] = [];
  let server: S3rver | undefined;

  const start = async () => {
    if (server) return;
    const starting = new S3rver({
      address: '127.0.0.1',
      port,
      directory,
      silent: true,
      configureBuckets: [{ name: bucket }],
    });
    ({ port } = await starting.run());
    starting.httpServer.prependListener('request', (request: IncomingMessage) =>
      requests.push(`${request.method} ${request.url}`),
    );
    server = starting;
  };
  const stop = async () => {
    if (!server) return;
    const stopping = server;
    server = undefined;
    stopping.httpServer.closeAllConnections();
    await stopping.close();
  };

  await start();
  return {
    endpoint: `http://127.0.0.1:${port}`,
    bucket,
    requests,
    stop,
    start,
    remove: async () => {
      await stop();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
