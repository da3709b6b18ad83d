import { createDb, type DatabaseHandle } from './create-db.ts';
import { assertSchemaCurrent } from './migrator.ts';

/** The database part of a service's configuration (`serviceEnvShape` in @saffron/service). */
export interface ServiceDatabaseEnv {
  DATABASE_URL?: string | undefined;
  DATA_DIR: string;
  DATABASE_POOL_MAX: number;
}

/** How a service opens its database: pooled, logged, and refusing a schema that is behind. */
export async function openServiceDatabase(
  env: ServiceDatabaseEnv,
  logger: { warn: (details: object, message: string) => void },
): Promise<DatabaseHandle> {
  const handle = await createDb({
    databaseUrl: env.DATABASE_URL,
    dataDir: env.DATA_DIR,
    poolMax: env.DATABASE_POOL_MAX,
    onPoolError: (error) => logger.warn({ err: error }, 'idle database connection failed'),
  });
  try {
    await assertSchemaCurrent(handle.db);
    return handle;
  } catch (error) {
    await handle.close();
    throw error;
  }
}
