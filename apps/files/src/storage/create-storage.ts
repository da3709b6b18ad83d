import type { Env } from '../env.ts';
import { createLocalStorage } from './local.ts';
import { createS3Client, createS3Storage, type S3Config } from './s3.ts';
import type { Storage } from './storage.ts';

/** The S3 part of the configuration; undefined in the embedded mode. */
export function s3ConfigFrom(env: Env): S3Config | undefined {
  if (!env.S3_BUCKET) return undefined;
  return {
    endpoint: env.S3_ENDPOINT,
    bucket: env.S3_BUCKET,
    // env.ts has checked that these come with S3_BUCKET.
    region: env.S3_REGION!,
    accessKeyId: env.S3_ACCESS_KEY_ID!,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY!,
    forcePathStyle: env.S3_FORCE_PATH_STYLE,
    publicBaseUrl: env.FILES_PUBLIC_BASE_URL,
    signedUrlTtlSeconds: env.FILES_SIGNED_URL_TTL / 1000,
  };
}

/** S3 when S3_BUCKET is set, else a directory under DATA_DIR (the embedded mode). */
export async function createStorage(env: Env): Promise<Storage> {
  const s3 = s3ConfigFrom(env);
  if (s3) return createS3Storage(createS3Client(s3), s3);
  const local = createLocalStorage(env.FILES_DIR);
  await local.sweepTemp();
  return local;
}
