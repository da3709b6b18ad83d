import { openServiceDatabase } from '@saffron/db';
import { exitOnInvalidEnv, runService } from '@saffron/service';
import { loadEnv } from './env.ts';
import { createFilesDeps } from './deps.ts';
import { buildFilesServer } from './server.ts';

const env = exitOnInvalidEnv(() => loadEnv());

await runService({
  name: 'files',
  port: env.FILES_PORT,
  env,
  async start(logger) {
    const database = await openServiceDatabase(env, logger);
    const { deps, startBackgroundWork, close } = await createFilesDeps(env, database, logger);
    const app = await buildFilesServer(deps);
    startBackgroundWork();
    return { app, close };
  },
});
