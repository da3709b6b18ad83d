import { mkdtemp, rm } from 'node:fs/promises';
import type { IncomingMessage, Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';

/** The HTTP server `run()` starts: not in s3rver's published types. */
const httpServerOf = (server: S3rver) => (server as S3rver & { httpServer: Server }).httpServer;

/** s3rver's fixed credentials: it checks request signatures like S3 does. */
export const S3RVER_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

/** The S3_* variables that point a files process at this s3rver's bucket. */
export function s3rverEnv(s3: RunningS3rver): Record<string, string> {
  return {
    S3_ENDPOINT: s3.endpoint,
    S3_BUCKET: s3.bucket,
    S3_REGION: 'us-east-1',
    S3_ACCESS_KEY_ID: S3RVER_CREDENTIALS.accessKeyId,
    S3_SECRET_ACCESS_KEY: S3RVER_CREDENTIALS.secretAccessKey,
    S3_FORCE_PATH_STYLE: 'true',
  };
}

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
      configureBuckets: [{ name: bucket, configs: [] }],
    });
    ({ port } = await starting.run());
    httpServerOf(starting).prependListener('request', (request: IncomingMessage) =>
      requests.push(`${request.method} ${request.url}`),
    );
    server = starting;
  };
  const stop = async () => {
    if (!server) return;
    const stopping = server;
    server = undefined;
    httpServerOf(stopping).closeAllConnections();
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
