import { once } from 'node:events';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { HeadBucketCommand } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { EnvError } from './env-fields.ts';
import { createS3Client, s3ConfigFrom } from './s3.ts';

const base = { S3_REGION: 'us-east-1', S3_FORCE_PATH_STYLE: false, S3_TIMEOUT: 30_000 };

function problemsOf(env: Parameters<typeof s3ConfigFrom>[0]): string[] {
  try {
    s3ConfigFrom(env);
  } catch (error) {
    if (error instanceof EnvError) return error.variables;
    throw error;
  }
  return [];
}

describe('s3ConfigFrom', () => {
  it('is off without a bucket, and on with one (keys optional: the SDK finds a role)', () => {
    expect(s3ConfigFrom(base)).toBeUndefined();
    expect(s3ConfigFrom({ ...base, S3_BUCKET: 'saffron' })).toEqual({
      bucket: 'saffron',
      region: 'us-east-1',
      endpoint: undefined,
      credentials: undefined,
      forcePathStyle: false,
      timeoutMs: 30_000,
    });
  });

  it('takes an endpoint and a key pair for MinIO', () => {
    const config = s3ConfigFrom({
      ...base,
      S3_ENDPOINT: 'http://minio:9000',
      S3_BUCKET: 'saffron',
      S3_ACCESS_KEY_ID: 'id',
      S3_SECRET_ACCESS_KEY: 'secret',
      S3_FORCE_PATH_STYLE: true,
    });
    expect(config).toMatchObject({
      endpoint: 'http://minio:9000',
      credentials: { accessKeyId: 'id', secretAccessKey: 'secret' },
      forcePathStyle: true,
    });
  });

  it('names what is missing: a bucket for the endpoint, the other half of a key pair', () => {
    expect(problemsOf({ ...base, S3_ENDPOINT: 'http://minio:9000' })).toEqual(['S3_BUCKET']);
    expect(problemsOf({ ...base, S3_BUCKET: 'saffron', S3_ACCESS_KEY_ID: 'id' })).toEqual([
      'S3_SECRET_ACCESS_KEY',
    ]);
  });
});

describe('createS3Client', () => {
  it('gives up on a store that accepts connections but never answers', async () => {
    const sockets = new Set<Socket>();
    const silent = createServer((socket) => sockets.add(socket)).listen(0, '127.0.0.1');
    await once(silent, 'listening');
    const { port } = silent.address() as AddressInfo;
    const client = createS3Client({
      endpoint: `http://127.0.0.1:${port}`,
      bucket: 'saffron',
      region: 'us-east-1',
      credentials: { accessKeyId: 'id', secretAccessKey: 'secret' },
      forcePathStyle: true,
      timeoutMs: 200,
    });
    try {
      await expect(client.send(new HeadBucketCommand({ Bucket: 'saffron' }))).rejects.toThrow(
        /timed out/,
      );
      expect(sockets.size).toBeGreaterThan(0); // it did reach the store, which stayed silent
    } finally {
      client.destroy();
      for (const socket of sockets) socket.destroy();
      silent.close();
    }
  });
});
