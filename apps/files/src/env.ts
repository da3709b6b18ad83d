import { join } from 'node:path';
import { createEnv } from '@t3-oss/env-core';
import { resolveDataDir } from '@saffron/db';
import {
  EnvError,
  envFields,
  finishServiceEnv,
  onInvalidEnv,
  serviceEnvShape,
} from '@saffron/service';
import { z } from 'zod';

const MIB = 1024 * 1024;
/** SigV4 presigned URLs live at most a week. */
const MAX_SIGNED_URL_TTL_MS = 7 * 24 * 3_600_000;

const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s):// URL' });

/** S3 credentials and region are required together with S3_BUCKET (which selects the driver). */
const S3_REQUIRED = ['S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const;

/** The files service's configuration, validated once at start (see apps/api/src/env.ts). */
export function loadEnv(runtimeEnv: Record<string, string | undefined> = process.env) {
  const env = createEnv({
    server: {
      ...serviceEnvShape,
      FILES_PORT: envFields.port(3002),
      FILES_MAX_BYTES: z.coerce
        .number({ error: 'must be a number of bytes' })
        .int({ error: 'must be a whole number of bytes' })
        .min(1, { error: 'must be at least 1 byte' })
        .default(25 * MIB),
      FILES_PUBLIC_BASE_URL: httpUrl.transform((url) => url.replace(/\/+$/, '')).optional(),
      FILES_SIGNED_URL_TTL: envFields
        .duration('5m')
        .refine((ms) => ms >= 60_000 && ms <= MAX_SIGNED_URL_TTL_MS, {
          error: 'must be between 1m and 7d',
        }),
      // Same variable and default as the api: both bump the same cache entries.
      RECIPE_CACHE_TTL: envFields.duration('10m'),
      S3_ENDPOINT: httpUrl.optional(),
      S3_BUCKET: z.string().min(1).optional(),
      S3_REGION: z.string().min(1).optional(),
      S3_ACCESS_KEY_ID: z.string().min(1).optional(),
      S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
      S3_FORCE_PATH_STYLE: envFields.flag,
    },
    runtimeEnv,
    emptyStringAsUndefined: true,
    onValidationError: onInvalidEnv,
  });
  if (env.S3_BUCKET) {
    const missing = S3_REQUIRED.filter((name) => !env[name]);
    if (missing.length > 0)
      throw new EnvError(
        missing.map((variable) => ({ variable, message: 'is required with S3_BUCKET' })),
      );
  } else if (env.FILES_PUBLIC_BASE_URL) {
    throw new EnvError([
      { variable: 'FILES_PUBLIC_BASE_URL', message: 'needs S3_BUCKET (a CDN fronts the bucket)' },
    ]);
  }
  const dataDir = resolveDataDir(env.DATA_DIR);
  return { ...finishServiceEnv(env), DATA_DIR: dataDir, FILES_DIR: join(dataDir, 'files') };
}

export type Env = ReturnType<typeof loadEnv>;
