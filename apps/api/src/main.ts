import { openServiceDatabase } from '@saffron/db';
import { exitOnInvalidEnv, runService } from '@saffron/service';
import { loadEnv } from './env.ts';
import { buildApiServer } from './server.ts';

const env = exitOnInvalidEnv(() => loadEnv());

await runService({
  name: 'api',
  port: env.API_PORT,
  env,
  async start(logger) {
    const database = await openServiceDatabase(env, logger);
    const app = await buildApiServer({ db: database.db, databaseMode: database.mode, logger });
    return { app, close: database.close };
  },
});
