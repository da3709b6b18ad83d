import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import {
  addArchiveItems,
  claimArchiveReads,
  finishArchiveRead,
  retryArchiveRead,
  reserveStorageKeys,
  type ClaimedArchiveRead,
  type Database,
  type Kysely,
  type PhotoToImport,
} from '@saffron/db';
import { readArchive, toRecipeInput, type ArchiveItem } from '@saffron/recipe-import';
import { backoffSeconds, createQueueWorker } from '@saffron/service';
import { AppError, LANGUAGES, type Language } from '@saffron/shared';
import type { FastifyBaseLogger } from 'fastify';
import { servingHeaders } from '../attachments/content-type.ts';
import { sanitizeFilename } from '../attachments/filename.ts';
import { newObjectKey, type ObjectStorage } from '../storage/storage.ts';

/** Reading an archive of thousands of recipes and their photos takes a while. */
const LEASE_SECONDS = 1_800;
const ITEMS_PER_WRITE = 25;
const PHOTOS_PER_RECIPE = 20;
/** Staged photos not taken into a recipe within a week are removed by the cleanup. */
const STAGED_GRACE_SECONDS = 7 * 86_400;
const MAX_ATTEMPTS = 5;

export interface ArchiveReaderDeps {
  db: Kysely<Database>;
  storage: ObjectStorage;
  logger: FastifyBaseLogger;
}

type RecipeItem = Extract<ArchiveItem, { kind: 'recipe' }>;

const languageOf = (value: string | null): Language | undefined =>
  (LANGUAGES as readonly string[]).includes(value ?? '') ? (value as Language) : undefined;

/** An archive's photos, copied out of it into storage for the attachment importer. */
async function stagePhotos(deps: ArchiveReaderDeps, item: RecipeItem): Promise<PhotoToImport[]> {
  const photos: PhotoToImport[] = [];
  for (const image of item.images.slice(0, PHOTOS_PER_RECIPE)) {
    const key = newObjectKey('imports');
    const filename = sanitizeFilename(image.name);
    await reserveStorageKeys(deps.db, { keys: [key], graceSeconds: STAGED_GRACE_SECONDS });
    await deps.storage.put(
      key,
      await image.open(),
      servingHeaders('application/octet-stream', filename),
    );
    photos.push({ stagedKey: key, filename });
  }
  return photos;
}

/** What the api's import worker turns into a recipe: Saffron's own export as it was, any other through the parser. */
async function draftOf(deps: ArchiveReaderDeps, item: RecipeItem, language: Language | undefined) {
  const photos = await stagePhotos(deps, item);
  if (item.exact !== undefined) return { recipe: item.exact, photos };
  const { recipe } = toRecipeInput(item.draft, language ? { language } : {});
  const { imageUrl, ...rest } = recipe;
  // A photo only named by its address (Nextcloud, Paprika) when the archive holds none.
  if (photos.length === 0 && imageUrl) photos.push({ sourceUrl: imageUrl });
  return { recipe: rest, photos };
}

async function downloaded(
  storage: ObjectStorage,
  key: string,
): Promise<{ path: string; done: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'saffron-import-'));
  const path = join(dir, 'archive');
  await pipeline(await storage.open(key), createWriteStream(path));
  return { path, done: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * Reads uploaded exports into import items, one archive at a time per instance. A read that
 * stops midway runs again from the start: items already written are kept as they are (by
 * position), so nothing is added twice.
 */
export function createArchiveReader(deps: ArchiveReaderDeps) {
  const read = async (claimed: ClaimedArchiveRead) => {
    if (!claimed.storageKey)
      throw new AppError('BAD_REQUEST', 'The uploaded file is no longer there');
    const archive = await downloaded(deps.storage, claimed.storageKey);
    try {
      const language = languageOf(claimed.language);
      let position = 0;
      let pending: Parameters<typeof addArchiveItems>[2] = [];
      for await (const item of readArchive(archive.path)) {
        if (item.kind === 'skipped') {
          pending.push({ position, entry: item.entry, status: 'skipped', reason: item.reason });
        } else {
          const draft = await draftOf(deps, item, language);
          pending.push({
            position,
            entry: item.entry,
            status: 'queued',
            name: item.draft.name,
            draft,
          });
        }
        position += 1;
        if (pending.length >= ITEMS_PER_WRITE) {
          await addArchiveItems(deps.db, claimed.jobId, pending);
          pending = [];
        }
      }
      await addArchiveItems(deps.db, claimed.jobId, pending);
      await finishArchiveRead(deps.db, claimed);
    } finally {
      await archive.done();
    }
  };

  const readOne = async (claimed: ClaimedArchiveRead) => {
    try {
      await read(claimed);
    } catch (error) {
      // An archive that is not one, or too big: the person is told; a storage outage is retried.
      if (error instanceof AppError || claimed.attempts >= MAX_ATTEMPTS) {
        const message = error instanceof AppError ? error.message : 'The archive could not be read';
        if (!(error instanceof AppError))
          deps.logger.error({ err: error, job: claimed.jobId }, 'archive read failed');
        await finishArchiveRead(deps.db, claimed, message);
        return;
      }
      const delaySeconds = backoffSeconds(claimed.attempts + 2, 600);
      deps.logger.warn(
        { err: error, job: claimed.jobId, delaySeconds },
        'archive read failed; will retry',
      );
      await retryArchiveRead(deps.db, { id: claimed.id, delaySeconds, error: String(error) });
    }
  };

  const drainOnce = async (): Promise<number> => {
    const [claimed] = await claimArchiveReads(deps.db, { limit: 1, leaseSeconds: LEASE_SECONDS });
    if (!claimed) return 0;
    await readOne(claimed);
    return 1;
  };

  return createQueueWorker({
    drainOnce,
    batchSize: 1,
    idleMs: 1_000,
    logger: deps.logger,
    what: 'archive reads',
  });
}
