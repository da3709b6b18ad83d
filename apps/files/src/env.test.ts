import { envErrorOf } from '@saffron/service/testing';
import { describe, expect, it } from 'vitest';
import { loadEnv } from './env.ts';

const envError = (runtimeEnv: Record<string, string>) => envErrorOf(() => loadEnv(runtimeEnv));

describe('files configuration', () => {
  it('runs with nothing set: local storage under DATA_DIR, 25 MiB uploads, 5 minute URLs', () => {
    const env = loadEnv({ DATA_DIR: '/srv/saffron' });
    expect(env).toMatchObject({
      FILES_PORT: 3002,
      FILES_MAX_BYTES: 25 * 1024 * 1024,
      FILES_SIGNED_URL_TTL: 300_000,
      FILES_DIR: '/srv/saffron/files',
      S3: undefined,
    });
  });

  it('bounds thumbnails: 40 Mpx images at most, 32 waiting; each settable, whole and positive', () => {
    expect(loadEnv({}).THUMBNAILS).toEqual({ maxPixels: 40_000_000, queueLimit: 32 });
    expect(
      loadEnv({ THUMBNAIL_MAX_PIXELS: '25000000', THUMBNAIL_QUEUE_LIMIT: '4' }).THUMBNAILS,
    ).toEqual({ maxPixels: 25_000_000, queueLimit: 4 });
    expect(
      envError({ THUMBNAIL_MAX_PIXELS: 'lots', THUMBNAIL_QUEUE_LIMIT: '0' }).variables.sort(),
    ).toEqual(['THUMBNAIL_MAX_PIXELS', 'THUMBNAIL_QUEUE_LIMIT']);
  });

  it('needs a database and its public address in production, as the api does', () => {
    expect(envError({ NODE_ENV: 'production' }).variables).toEqual(['DATABASE_URL', 'PUBLIC_URL']);
  });

  it('uses the S3 variables shared with backups when S3_BUCKET is set', () => {
    const env = loadEnv({
      S3_BUCKET: 'saffron',
      S3_ENDPOINT: 'http://minio:9000',
      S3_ACCESS_KEY_ID: 'key',
      S3_SECRET_ACCESS_KEY: 'secret',
      S3_FORCE_PATH_STYLE: 'true',
      FILES_PUBLIC_BASE_URL: 'https://cdn.example.com/',
      FILES_SIGNED_URL_TTL: '10m',
      S3_TIMEOUT: '2m',
    });
    expect(env.S3).toEqual({
      endpoint: 'http://minio:9000',
      bucket: 'saffron',
      region: 'us-east-1',
      credentials: { accessKeyId: 'key', secretAccessKey: 'secret' },
      forcePathStyle: true,
      timeoutMs: 120_000,
    });
    expect(env).toMatchObject({
      FILES_PUBLIC_BASE_URL: 'https://cdn.example.com',
      FILES_SIGNED_URL_TTL: 600_000,
    });
    // No keys at all: the SDK's default chain (an instance or pod role).
    expect(loadEnv({ S3_BUCKET: 'saffron' }).S3?.credentials).toBeUndefined();
    expect(envError({ S3_BUCKET: 'saffron', S3_ACCESS_KEY_ID: 'key' }).variables).toEqual([
      'S3_SECRET_ACCESS_KEY',
    ]);
  });

  it('reads the limits for photos fetched from a link (the same variables as the api)', () => {
    expect(loadEnv({})).toMatchObject({
      IMPORT_ALLOWED_HOSTS: [],
      IMPORT_MAX_BYTES: 5_242_880,
      IMPORT_TIMEOUT: 15_000,
    });
    const env = loadEnv({
      IMPORT_ALLOWED_HOSTS: 'photos.lan:8443',
      IMPORT_MAX_BYTES: '2000000',
      IMPORT_TIMEOUT: '1m',
    });
    expect(env).toMatchObject({
      IMPORT_ALLOWED_HOSTS: ['photos.lan:8443'],
      IMPORT_MAX_BYTES: 2_000_000,
      IMPORT_TIMEOUT: 60_000,
    });
  });

  it('names malformed values', () => {
    expect(envError({ FILES_MAX_BYTES: '25MB' }).variables).toEqual(['FILES_MAX_BYTES']);
    expect(envError({ FILES_MAX_BYTES: '0' }).message).toBe(
      'Invalid configuration: FILES_MAX_BYTES: must be at least 1 byte',
    );
    expect(
      envError({ IMPORT_ALLOWED_HOSTS: 'photos lan', IMPORT_TIMEOUT: '0s' }).variables.sort(),
    ).toEqual(['IMPORT_ALLOWED_HOSTS', 'IMPORT_TIMEOUT']);
    expect(envError({ FILES_SIGNED_URL_TTL: '30s' }).message).toBe(
      'Invalid configuration: FILES_SIGNED_URL_TTL: must be between 1m and 7d',
    );
    expect(envError({ FILES_PUBLIC_BASE_URL: 'https://cdn.example.com' }).message).toBe(
      'Invalid configuration: FILES_PUBLIC_BASE_URL: needs S3_BUCKET (a CDN fronts the bucket)',
    );
  });
});
