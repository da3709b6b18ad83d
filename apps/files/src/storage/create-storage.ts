import { createS3Client } from '@saffron/service';
import type { Env } from '../env.ts';
import { createLocalStorage } from './local.ts';
import { createS3Storage } from './s3.ts';
import type { Storage } from './storage.ts';

/** S3 when S3_BUCKET is set, else a directory under DATA_DIR (the embedded mode). */
export async function createStorage(env: Env): Promise<Storage> {
  if (env.S3) {
    return createS3Storage(createS3Client(env.S3), {
      bucket: env.S3.bucket,
      publicBaseUrl: env.FILES_PUBLIC_BASE_URL,
      signedUrlTtlSeconds: env.FILES_SIGNED_URL_TTL / 1000,
    });
  }
  const local = createLocalStorage(env.FILES_DIR);
  await local.sweepTemp();
  return local;
}
