import { describe, expect, it } from 'vitest';
import { EnvError } from './env-fields.ts';
import { s3ConfigFrom } from './s3.ts';

const base = { S3_REGION: 'us-east-1', S3_FORCE_PATH_STYLE: false };

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
