import { EnvError } from '@saffron/service';
import { describe, expect, it } from 'vitest';
import { loadEnv } from './env.ts';
import { s3ConfigFrom } from './storage/create-storage.ts';

function envError(runtimeEnv: Record<string, string>): EnvError {
  try {
    loadEnv(runtimeEnv);
  } catch (error) {
    if (error instanceof EnvError) return error;
    throw error;
  }
  throw new Error('expected an EnvError');
}

const S3 = {
  S3_BUCKET: 'saffron',
  S3_REGION: 'eu-west-1',
  S3_ACCESS_KEY_ID: 'key',
  S3_SECRET_ACCESS_KEY: 'secret',
};

describe('files configuration', () => {
  it('runs with nothing set: local storage under DATA_DIR, 25 MiB uploads, 5 minute URLs', () => {
    const env = loadEnv({ DATA_DIR: '/srv/saffron' });
    expect(env).toMatchObject({
      FILES_PORT: 3002,
      FILES_MAX_BYTES: 25 * 1024 * 1024,
      FILES_SIGNED_URL_TTL: 300_000,
      FILES_DIR: '/srv/saffron/files',
    });
    expect(s3ConfigFrom(env)).toBeUndefined();
  });

  it('uses S3 when S3_BUCKET is set, and then needs its region and credentials', () => {
    const env = loadEnv({
      ...S3,
      S3_ENDPOINT: 'http://minio:9000',
      S3_FORCE_PATH_STYLE: 'true',
      FILES_PUBLIC_BASE_URL: 'https://cdn.example.com/',
      FILES_SIGNED_URL_TTL: '10m',
    });
    expect(s3ConfigFrom(env)).toEqual({
      endpoint: 'http://minio:9000',
      bucket: 'saffron',
      region: 'eu-west-1',
      accessKeyId: 'key',
      secretAccessKey: 'secret',
      forcePathStyle: true,
      publicBaseUrl: 'https://cdn.example.com',
      signedUrlTtlSeconds: 600,
    });
    expect(envError({ S3_BUCKET: 'saffron', S3_REGION: 'eu-west-1' }).message).toBe(
      'Invalid configuration: S3_ACCESS_KEY_ID: is required with S3_BUCKET; S3_SECRET_ACCESS_KEY: is required with S3_BUCKET',
    );
  });

  it('names malformed values', () => {
    expect(envError({ FILES_MAX_BYTES: '25MB' }).variables).toEqual(['FILES_MAX_BYTES']);
    expect(envError({ FILES_SIGNED_URL_TTL: '30s' }).message).toBe(
      'Invalid configuration: FILES_SIGNED_URL_TTL: must be between 1m and 7d',
    );
    expect(envError({ ...S3, S3_ENDPOINT: 'minio:9000' }).variables).toEqual(['S3_ENDPOINT']);
    expect(envError({ FILES_PUBLIC_BASE_URL: 'https://cdn.example.com' }).message).toBe(
      'Invalid configuration: FILES_PUBLIC_BASE_URL: needs S3_BUCKET (a CDN fronts the bucket)',
    );
  });
});
