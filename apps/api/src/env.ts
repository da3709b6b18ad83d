import { createEnv } from '@t3-oss/env-core';
import { resolveDataDir } from '@saffron/db';
import { envFields, finishServiceEnv, onInvalidEnv, serviceEnvShape } from '@saffron/service';

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
    },
    runtimeEnv,
    emptyStringAsUndefined: true,
    onValidationError: onInvalidEnv,
  });
  return { ...finishServiceEnv(env), DATA_DIR: resolveDataDir(env.DATA_DIR) };
}

export type Env = ReturnType<typeof loadEnv>;
