import { openServiceDatabase } from '@saffron/db';
import { exitOnInvalidEnv, runService } from '@saffron/service';
import { loadEnv } from './env.ts';
import { buildApiServer } from './server.ts';
import { createApiDeps } from './deps.ts';
import { announceSetupToken } from './services/setup-token.ts';

const env = exitOnInvalidEnv(() => loadEnv());

await runService({
  name: 'api',
  port: env.API_PORT,
  env,
  async start(logger) {
    const database = await openServiceDatabase(env, logger);
    const { deps, startBackgroundWork, close } = await createApiDeps(env, database, logger);
    const app = await buildApiServer(deps);
    if (deps.config.requireSetupToken) await announceSetupToken(deps.db, logger, env.PUBLIC_URL);
    startBackgroundWork();
    return { app, close };
  },
});
