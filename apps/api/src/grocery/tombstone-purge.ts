import { purgeGroceryTombstones, type Database, type Kysely } from '@saffron/db';
import type { FastifyBaseLogger } from 'fastify';

/** Deleted items are remembered this long: a device offline for longer simply reloads its list. */
export const TOMBSTONE_DAYS = 30;
const HOUR = 3_600_000;

export function tombstonePurge(db: Kysely<Database>, logger: FastifyBaseLogger) {
  let timer: NodeJS.Timeout | undefined;
  const purge = () =>
    purgeGroceryTombstones(db, new Date(Date.now() - TOMBSTONE_DAYS * 24 * HOUR)).catch(
      (error: unknown) =>
        logger.warn({ err: error }, 'grocery tombstone purge failed; retrying in an hour'),
    );
  return {
    start: () => {
      timer ??= setInterval(() => void purge(), HOUR).unref();
    },
    stop: () => clearInterval(timer),
  };
}
