import { once } from 'node:events';
import { Readable } from 'node:stream';
import {
  findAttachment,
  invalidateRecipe,
  reserveStorageKeys,
  setAttachmentThumbnail,
  type Database,
  type Kysely,
  type RecipeCache,
  type StoredAttachment,
} from '@saffron/db';
import { dependencyUnavailable, guardDependency } from '@saffron/service';
import { AppError } from '@saffron/shared';
import type { FastifyBaseLogger } from 'fastify';
import type sharpFactory from 'sharp';
import { createLimiter } from '../limiter.ts';
import { newObjectKey, type ObjectHeaders, type ObjectStorage } from '../storage/storage.ts';
import { contentDisposition } from './content-type.ts';
import { discardObjects } from './discard-objects.ts';

export const THUMBNAIL_SIZE = 320;
export const THUMBNAIL_HEADERS: ObjectHeaders = {
  contentType: 'image/webp',
  contentDisposition: contentDisposition('inline', 'thumbnail.webp'),
};
/** Decoding is the costly part: bound the pixels (decompression bombs) and the parallelism. */
const MAX_INPUT_PIXELS = 100_000_000;
const CONCURRENCY = 2;
/** Beyond this backlog, background work is dropped: GET .../thumbnail makes it on demand. */
const MAX_BACKLOG = 200;
const RESERVATION_SECONDS = 3_600;

type Sharp = typeof sharpFactory;

/** sharp (libvips) loads only when the first thumbnail is made, so the service starts without it. */
let loading: Promise<{ default: Sharp }> | undefined;
function loadSharp() {
  return (loading ??= import('sharp').then((module) => {
    module.default.cache(false); // thumbnails are made once each: no point keeping decoded images
    return module;
  }));
}

export interface ThumbnailDeps {
  db: Kysely<Database>;
  storage: ObjectStorage;
  cache: RecipeCache;
  logger: FastifyBaseLogger;
}

/** An image that cannot be decoded has no thumbnail, however often it is asked for. */
const undecodable = (cause: unknown) =>
  new AppError('NOT_FOUND', 'This image cannot be thumbnailed', { cause });

/** A thumbnail is small, so it is rendered to memory; the original only ever streams. */
async function render(sharp: Sharp, original: Readable): Promise<Buffer> {
  const resize = sharp({ limitInputPixels: MAX_INPUT_PIXELS, sequentialRead: true })
    .rotate() // upright, as the camera meant it (EXIF orientation)
    .resize({
      width: THUMBNAIL_SIZE,
      height: THUMBNAIL_SIZE,
      fit: 'inside',
      withoutEnlargement: true,
    })
    .webp({ quality: 75 });
  const readFailed = once(original, 'error').then(([error]) => {
    throw dependencyUnavailable('File storage', error);
  });
  original.pipe(resize);
  try {
    return await Promise.race([
      resize.toBuffer().catch((error: unknown) => {
        throw undecodable(error);
      }),
      readFailed,
    ]);
  } finally {
    original.destroy();
    resize.destroy();
  }
}

async function generate(deps: ThumbnailDeps, attachment: StoredAttachment): Promise<string> {
  const { default: sharp } = await loadSharp();
  const original = await guardDependency('File storage', () =>
    deps.storage.open(attachment.storageKey),
  );
  const thumbnail = await render(sharp, original);
  const key = newObjectKey('thumbnails');
  await reserveStorageKeys(deps.db, { keys: [key], graceSeconds: RESERVATION_SECONDS });
  try {
    await deps.storage.put(key, Readable.from([thumbnail]), THUMBNAIL_HEADERS);
  } catch (error) {
    await discardObjects(deps, [key]);
    throw dependencyUnavailable('File storage', error);
  }
  if (await setAttachmentThumbnail(deps.db, { id: attachment.id, thumbnailKey: key })) {
    await invalidateRecipe(deps.cache, attachment, deps.logger);
    return key;
  }
  // Another generation won the race (its key is kept), or the attachment is gone.
  const current = await findAttachment(deps.db, attachment);
  if (!current?.thumbnailKey) throw AppError.notFound('Attachment');
  return current.thumbnailKey;
}

/**
 * Gallery thumbnails (320 px WebP) of image attachments. Made in the background after an
 * upload, without holding up its response; if one is missing when asked for (the process
 * stopped first), it is made on demand. Concurrent requests for one attachment share the work.
 */
export function createThumbnailer(deps: ThumbnailDeps) {
  const limiter = createLimiter(CONCURRENCY);
  const inFlight = new Map<string, Promise<string>>();

  const ensure = (attachment: StoredAttachment): Promise<string> => {
    const running = inFlight.get(attachment.id);
    if (running) return running;
    const work = limiter
      .run(() => generate(deps, attachment))
      .finally(() => inFlight.delete(attachment.id));
    inFlight.set(attachment.id, work);
    return work;
  };

  return {
    ensure,
    schedule(attachment: StoredAttachment): void {
      if (limiter.pending >= MAX_BACKLOG) return;
      ensure(attachment).catch((error: unknown) =>
        deps.logger.warn(
          { err: error, attachmentId: attachment.id },
          'thumbnail not made; it will be made when first asked for',
        ),
      );
    },
    /** Resolves once no thumbnail is being made (tests, shutdown). */
    async idle(): Promise<void> {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight.values()]);
    },
  };
}

export type Thumbnailer = ReturnType<typeof createThumbnailer>;
