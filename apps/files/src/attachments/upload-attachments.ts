import type { Readable } from 'node:stream';
import {
  insertAttachments,
  invalidateRecipe,
  recipeBelongsTo,
  reserveStorageKeys,
  type Database,
  type Kysely,
  type NewAttachment,
  type RecipeCache,
} from '@saffron/db';
import { AppError, isInlineImage, toAttachmentDto, type TAttachment } from '@saffron/shared';
import type { FastifyBaseLogger } from 'fastify';
import { newObjectKey, type ObjectStorage } from '../storage/storage.ts';
import { discardObjects } from './discard-objects.ts';
import { sanitizeFilename } from './filename.ts';
import { storeFile } from './store-file.ts';
import type { Thumbnailer } from './thumbnails.ts';

export const FILE_FIELD = 'file';
/** Longer than any upload takes: until then an object is presumed on its way to a row. */
const RESERVATION_SECONDS = 86_400;

export interface UploadDeps {
  db: Kysely<Database>;
  storage: ObjectStorage;
  cache: RecipeCache;
  thumbnails: Pick<Thumbnailer, 'schedule'>;
  logger: FastifyBaseLogger;
  maxBytes: number;
}

/** The parts of a multipart body, as @fastify/multipart's `request.parts()` yields them. */
export type UploadPart =
  | { type: 'file'; fieldname: string; filename: string; file: Readable }
  | { type: 'field'; fieldname: string };

const badRequest = (message: string) =>
  new AppError('BAD_REQUEST', message, { fieldErrors: { [FILE_FIELD]: [message] } });

/**
 * Stores every file of one request, then writes their rows in one transaction: all or none.
 * Each object's key is reserved in the deletion queue before a byte is written, so even a
 * crash mid-upload leaves nothing behind for good; on any failure the request's objects go.
 */
export async function uploadAttachments(
  deps: UploadDeps,
  {
    ownerId,
    recipeId,
    parts,
  }: { ownerId: string; recipeId: string; parts: AsyncIterable<UploadPart> | Iterable<UploadPart> },
): Promise<TAttachment[]> {
  // Before reading any of the body: someone else's recipe costs no storage.
  if (!(await recipeBelongsTo(deps.db, { recipeId, ownerId }))) throw AppError.notFound('Recipe');
  const keys: string[] = [];
  let rows;
  try {
    const files: NewAttachment[] = [];
    for await (const part of parts) {
      if (part.type !== 'file') continue;
      if (part.fieldname !== FILE_FIELD)
        throw badRequest(`Send files in the "${FILE_FIELD}" field`);
      const key = newObjectKey('attachments');
      await reserveStorageKeys(deps.db, { keys: [key], graceSeconds: RESERVATION_SECONDS });
      keys.push(key);
      const filename = sanitizeFilename(part.filename);
      const stored = await storeFile(deps.storage, key, part.file, {
        maxBytes: deps.maxBytes,
        filename,
      });
      files.push({ storageKey: key, filename, ...stored });
    }
    if (files.length === 0) throw badRequest('Attach at least one file');
    rows = await insertAttachments(deps.db, { recipeId, ownerId, files });
    if (!rows) throw AppError.notFound('Recipe'); // deleted while the bytes were arriving
  } catch (error) {
    await discardObjects(deps, keys);
    throw error;
  }
  // Committed: from here on the rows own the objects.
  await invalidateRecipe(deps.cache, { ownerId, recipeId }, deps.logger);
  for (const row of rows) if (isInlineImage(row.contentType)) deps.thumbnails.schedule(row);
  return rows.map((row) => toAttachmentDto({ ...row, hasThumbnail: false }));
}
