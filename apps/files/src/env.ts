import { createEnv } from '@t3-oss/env-core';
import { resolveDataDir } from '@saffron/db';
import { envFields, finishServiceEnv, onInvalidEnv, serviceEnvShape } from '@saffron/service';

/** The files service's configuration, validated once at start (see apps/api/src/env.ts). */
export function loadEnv(runtimeEnv: Record<string, string | undefined> = process.env) {
  const env = createEnv({
    server: { ...serviceEnvShape, FILES_PORT: envFields.port(3002) },
    runtimeEnv,
    emptyStringAsUndefined: true,
    onValidationError: onInvalidEnv,
  });
  return { ...finishServiceEnv(env), DATA_DIR: resolveDataDir(env.DATA_DIR) };
}

export type Env = ReturnType<typeof loadEnv>;
