import { getSchemaVersion, hasAnyUser } from '@saffron/db';
import type { TSystemInfo } from '@saffron/shared';
import type { Context } from '../trpc/context.ts';
import { VERSION } from '../version.ts';

/** Public facts for the first screen; `setupRequired` until the first account exists. */
export async function getSystemInfo({ db, databaseMode, config }: Context): Promise<TSystemInfo> {
  const [schemaVersion, anyUser] = await Promise.all([getSchemaVersion(db), hasAnyUser(db)]);
  return {
    name: 'Saffron',
    version: VERSION,
    database: { mode: databaseMode, schemaVersion },
    setupRequired: !anyUser,
    setupTokenRequired: !anyUser && config.requireSetupToken,
  };
}
