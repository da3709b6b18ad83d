import type { Kysely, Database } from '@saffron/db';
import { pino } from 'pino';
import { createContextInner } from '../trpc/init.ts';
import { createCallerFactory } from '../trpc/init.ts';
import { appRouter } from '../routers/index.ts';

export const silentLogger = pino({ level: 'silent' });

/** A caller for router tests: the real router and context, no HTTP. */
export function createTestCaller(db: Kysely<Database>) {
  const context = createContextInner({ db, databaseMode: 'postgres', logger: silentLogger });
  return createCallerFactory(appRouter)(context);
}
