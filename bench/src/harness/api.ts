import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchEnv } from '../env.ts';
import { startServer, type BenchServer } from './server.ts';

const API_DIR = dirname(fileURLToPath(import.meta.resolve('@saffron/api')));

/** Brings the bench database (BENCH_DATABASE_URL, or the embedded one) to the latest schema. */
export function migrateBenchDatabase(env: Record<string, string>): void {
  execFileSync(process.execPath, [join(API_DIR, 'cli/main.ts'), 'db', 'migrate'], {
    env: { PATH: benchEnv.path, HOME: benchEnv.home, ...env },
    stdio: 'ignore',
  });
}

/** The real api process, as production runs it, on the bench database (migrated first). */
export async function startApi(extraEnv: Record<string, string> = {}): Promise<BenchServer> {
  const env = {
    LOG_LEVEL: 'warn',
    LOG_FORMAT: 'json',
    ...(benchEnv.databaseUrl ? { DATABASE_URL: benchEnv.databaseUrl } : {}),
    ...extraEnv,
  };
  migrateBenchDatabase(env);
  return startServer(join(API_DIR, 'main.ts'), { env: { ...env, API_PORT: '$PORT' } });
}
