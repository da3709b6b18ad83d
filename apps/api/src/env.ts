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

/**
 * The api's whole configuration, validated once at start. A missing or malformed variable
 * throws an EnvError naming it, before any port or connection is opened.
 */
export function loadEnv(runtimeEnv: Record<string, string | undefined> = process.env) {
  const env = createEnv({
    server: {
      ...serviceEnvShape,
      API_PORT: envFields.port(3001),
      ALLOW_SIGNUP: envFields.flag,
      TYPESENSE_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s):// URL' }).optional(),
      TYPESENSE_API_KEY: z.string().min(1).optional(),
      RECIPE_CACHE_TTL: envFields.duration('10m'),
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
  return { ...finishServiceEnv(env), DATA_DIR: resolveDataDir(env.DATA_DIR) };
}

export type Env = ReturnType<typeof loadEnv>;
