import { join } from 'node:path';
import { createEnv } from '@t3-oss/env-core';
import { resolveDataDir } from '@saffron/db';
import {
  EnvError,
  envFields,
  finishServiceEnv,
  importEnvShape,
  onInvalidEnv,
  s3ConfigFrom,
  s3EnvShape,
  serviceEnvShape,
} from '@saffron/service';
import { z } from 'zod';

const MIB = 1024 * 1024;

const wholeNumber = (fallback: number, unit: string) =>
  z.coerce
    .number({ error: `must be a number of ${unit}` })
    .int({ error: `must be a whole number of ${unit}` })
    .min(1, { error: `must be at least 1` })
    .default(fallback);
/** SigV4 presigned URLs live at most a week. */
const MAX_SIGNED_URL_TTL_MS = 7 * 24 * 3_600_000;

/** How attachments are stored and served (S3 itself: `s3EnvShape`, shared with backups). */
const filesEnvShape = {
  FILES_PORT: envFields.port(3002),
  FILES_MAX_BYTES: envFields.bytes(25 * MIB),
  /** The largest export of another app (or of Saffron) accepted for import. */
  IMPORT_ARCHIVE_MAX_BYTES: envFields.bytes(500 * MIB),
  FILES_PUBLIC_BASE_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http(s):// URL' })
    .transform((url) => url.replace(/\/+$/, ''))
    .optional(),
  FILES_SIGNED_URL_TTL: envFields
    .duration('5m')
    .refine((ms) => ms >= 60_000 && ms <= MAX_SIGNED_URL_TTL_MS, {
      error: 'must be between 1m and 7d',
    }),
  /** Images declaring more pixels get no thumbnail: refused from the header, never decoded. */
  THUMBNAIL_MAX_PIXELS: wholeNumber(40_000_000, 'pixels'),
  /** Thumbnails waiting (one is made at a time); beyond, a request gets 503 and Retry-After. */
  THUMBNAIL_QUEUE_LIMIT: wholeNumber(32, 'thumbnails'),
  // Same variable and default as the api: both bump the same cache entries.
  RECIPE_CACHE_TTL: envFields.duration('10m'),
};

/** The files service's configuration, validated once at start (see apps/api/src/env.ts). */
export function loadEnv(runtimeEnv: Record<string, string | undefined> = process.env) {
  const env = createEnv({
    // importEnvShape: recipe photos fetched from a link go through the same safe fetcher.
    server: { ...serviceEnvShape, ...s3EnvShape, ...importEnvShape, ...filesEnvShape },
    runtimeEnv,
    emptyStringAsUndefined: true,
    onValidationError: onInvalidEnv,
  });
  const s3 = s3ConfigFrom(env);
  if (!s3 && env.FILES_PUBLIC_BASE_URL) {
    throw new EnvError([
      { variable: 'FILES_PUBLIC_BASE_URL', message: 'needs S3_BUCKET (a CDN fronts the bucket)' },
    ]);
  }
  const dataDir = resolveDataDir(env.DATA_DIR);
  return {
    ...finishServiceEnv(env),
    DATA_DIR: dataDir,
    /** Attachments in object storage when S3_BUCKET is set; under FILES_DIR otherwise. */
    S3: s3,
    FILES_DIR: join(dataDir, 'files'),
    THUMBNAILS: { maxPixels: env.THUMBNAIL_MAX_PIXELS, queueLimit: env.THUMBNAIL_QUEUE_LIMIT },
  };
}

export type Env = ReturnType<typeof loadEnv>;
