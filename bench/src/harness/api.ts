import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchDatabaseEnv } from './bench-data.ts';
import { startServer, type BenchServer } from './server.ts';

const API_DIR = dirname(fileURLToPath(import.meta.resolve('@saffron/api')));

/** The real api process, as production runs it, on the bench database (migrated by ensureSeeded). */
export function startApi(extraEnv: Record<string, string> = {}): Promise<BenchServer> {
  return startServer(join(API_DIR, 'main.ts'), {
    env: {
      LOG_LEVEL: 'warn',
      LOG_FORMAT: 'json',
      ...benchDatabaseEnv(),
      ...extraEnv,
      API_PORT: '$PORT',
    },
  });
}
