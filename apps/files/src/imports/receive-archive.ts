import type { Readable } from 'node:stream';
import { createArchiveImport, reserveStorageKeys, type Database, type Kysely } from '@saffron/db';
import { AppError } from '@saffron/shared';
import type { FastifyBaseLogger } from 'fastify';
import { storeFile } from '../attachments/store-file.ts';
import { discardObjects } from '../attachments/discard-objects.ts';
import { sanitizeFilename } from '../attachments/filename.ts';
import { newObjectKey, type ObjectStorage } from '../storage/storage.ts';

/** An archive waits at most this long to be read before the cleanup removes it. */
const ARCHIVE_GRACE_SECONDS = 7 * 86_400;

/**
 * An uploaded export, streamed into storage under a new key (capped as it arrives), then an
 * import job that the archive reader picks up. The key is reserved for deletion first, so a
 * crash midway leaves nothing behind for good.
 */
export async function receiveArchive(
  deps: { db: Kysely<Database>; storage: ObjectStorage; logger: FastifyBaseLogger },
  {
    ownerId,
    filename,
    file,
    maxBytes,
  }: { ownerId: string; filename: string; file: Readable; maxBytes: number },
): Promise<{ id: string }> {
  const key = newObjectKey('imports');
  await reserveStorageKeys(deps.db, { keys: [key], graceSeconds: ARCHIVE_GRACE_SECONDS });
  try {
    const stored = await storeFile(deps.storage, key, file, {
      maxBytes,
      filename: sanitizeFilename(filename),
    });
    if (stored.size === 0)
      throw new AppError('BAD_REQUEST', 'The file is empty', {
        fieldErrors: { file: ['The file is empty'] },
      });
  } catch (error) {
    await discardObjects(deps, [key]);
    throw error;
  }
  const id = await createArchiveImport(deps.db, {
    ownerId,
    filename: sanitizeFilename(filename),
    storageKey: key,
  });
  return { id };
}
