import { join, resolve } from 'node:path';
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

/** Backups (`saffron backup`, `saffron restore`): where they go and how many are kept. */
const backupEnvShape = {
  BACKUP_DATABASE_URL: envFields.databaseUrl,
  BACKUP_DIR: z.string().min(1).optional(),
  BACKUP_RETENTION: z.coerce
    .number({ error: 'must be a number of backups' })
    .int({ error: 'must be a whole number' })
    .min(1, { error: 'must keep at least 1 backup' })
    .default(24),
  RESTORE_DATABASE_URL: envFields.databaseUrl,
};

/**
 * The api's whole configuration, validated once at start. A missing or malformed variable
 * throws an EnvError naming it, before any port or connection is opened.
 */
export function loadEnv(runtimeEnv: Record<string, string | undefined> = process.env) {
  const env = createEnv({
    server: {
      ...serviceEnvShape,
      ...s3EnvShape,
      ...backupEnvShape,
      ...importEnvShape,
      API_PORT: envFields.port(3001),
      ALLOW_SIGNUP: envFields.flag,
      TYPESENSE_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s):// URL' }).optional(),
      TYPESENSE_API_KEY: z.string().min(1).optional(),
      RECIPE_CACHE_TTL: envFields.duration('10m'),
      SSE_MAX_DURATION: envFields.duration('1h'),
    },
    runtimeEnv,
    emptyStringAsUndefined: true,
    onValidationError: onInvalidEnv,
  });
  if (env.TYPESENSE_URL && !env.TYPESENSE_API_KEY) {
    throw new EnvError([
      { variable: 'TYPESENSE_API_KEY', message: 'is required with TYPESENSE_URL' },
    ]);
  }
  const dataDir = resolveDataDir(env.DATA_DIR);
  return {
    ...finishServiceEnv(env),
    DATA_DIR: dataDir,
    S3: s3ConfigFrom(env),
    BACKUP_DIR: env.BACKUP_DIR ? resolve(env.BACKUP_DIR) : undefined,
    /** Where backups go when no destination is configured at all (a laptop, embedded mode). */
    DEFAULT_BACKUP_DIR: join(dataDir, 'backups'),
  };
}

export type Env = ReturnType<typeof loadEnv>;
