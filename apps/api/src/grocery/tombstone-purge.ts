import { purgeGroceryTombstones, type Database, type Kysely } from '@saffron/db';
import { createPeriodicTask } from '@saffron/service';
import type { FastifyBaseLogger } from 'fastify';

/** Deleted items are remembered this long: a device offline for longer simply reloads its list. */
export const TOMBSTONE_DAYS = 30;
const HOUR = 3_600_000;

export function tombstonePurge(db: Kysely<Database>, logger: FastifyBaseLogger) {
  return createPeriodicTask({
    what: 'grocery tombstone purge',
    intervalMs: HOUR,
    logger,
    run: () => purgeGroceryTombstones(db, new Date(Date.now() - TOMBSTONE_DAYS * 24 * HOUR)),
  });
}
