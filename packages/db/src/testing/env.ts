import { resolveDataDir } from '../data-dir.ts';

/** Test configuration: a real server when TEST_DATABASE_URL is set, the embedded one otherwise. */
export const testEnv = {
  /** Maintenance URL of a server where tests may create and drop databases. */
  databaseUrl: process.env.TEST_DATABASE_URL || undefined,
  /** In CI: a service a test needs must be reachable, never silently skipped. */
  requireServices: process.env.SAFFRON_REQUIRE_SERVICES === '1',
  dataDir: resolveDataDir(process.env.DATA_DIR),
};
