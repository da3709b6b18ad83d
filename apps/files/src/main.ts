import { openServiceDatabase } from '@saffron/db';
import { exitOnInvalidEnv, runService } from '@saffron/service';
import { loadEnv } from './env.ts';
import { buildFilesServer } from './server.ts';

const env = exitOnInvalidEnv(() => loadEnv());

await runService({
  name: 'files',
  port: env.FILES_PORT,
  env,
  async start(logger) {
    const database = await openServiceDatabase(env, logger);
    return { app: buildFilesServer({ db: database.db, logger }), close: database.close };
  },
});
