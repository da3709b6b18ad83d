import { forgetStorageKeys, hastenStorageDeletions, type Database, type Kysely } from '@saffron/db';
import type { FastifyBaseLogger } from 'fastify';
import type { ObjectStorage } from '../storage/storage.ts';

/**
 * Removes objects nobody will own (a failed upload). Their keys are reserved in the deletion
 * queue, so whatever cannot be deleted now is made due at once for the cleanup job; if even
 * the database is unreachable, the reservation still comes due later.
 */
export async function discardObjects(
  deps: { db: Kysely<Database>; storage: ObjectStorage; logger: FastifyBaseLogger },
  keys: string[],
): Promise<void> {
  if (keys.length === 0) return;
  const results = await Promise.allSettled(keys.map((key) => deps.storage.delete(key)));
  const deleted = keys.filter((_, i) => results[i]!.status === 'fulfilled');
  const remaining = keys.filter((_, i) => results[i]!.status === 'rejected');
  try {
    await forgetStorageKeys(deps.db, deleted);
    await hastenStorageDeletions(deps.db, remaining);
  } catch (error) {
    deps.logger.warn(
      { err: error, keys },
      'could not settle discarded objects; the cleanup job will',
    );
  }
}
