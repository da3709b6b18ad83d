import { once } from 'node:events';
import { Readable } from 'node:stream';
import {
  findAttachment,
  invalidateRecipe,
  markThumbnailFailed,
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
/**
 * Decoding is the costly part, so it is bounded three ways. Pixels: a PNG of a few hundred KB
 * can declare 10000×10000 (300 MB decoded); beyond `maxPixels` sharp refuses it from its header.
 * Parallelism: one image at a time per instance, so memory is one decode's worth. Backlog:
 * beyond `queueLimit` waiting, background work is dropped (it is made when first asked for)
 * and a request answers 503 with Retry-After rather than wait behind everyone else.
 */
export interface ThumbnailLimits {
  maxPixels: number;
  queueLimit: number;
}
export const DEFAULT_THUMBNAIL_LIMITS: ThumbnailLimits = { maxPixels: 40_000_000, queueLimit: 32 };
const CONCURRENCY = 1;
const BUSY_RETRY_SECONDS = 5;
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
  thumbnailLimits?: ThumbnailLimits | undefined;
}

/** An image that cannot be decoded has no thumbnail, however often it is asked for. */
const undecodable = (cause?: unknown) =>
  new AppError('NOT_FOUND', 'This image cannot be thumbnailed', { cause });

const busy = () =>
  new AppError('SERVICE_UNAVAILABLE', 'Thumbnails are being made; try again shortly', {
    retryAfterSeconds: BUSY_RETRY_SECONDS,
  });

/** A thumbnail is small, so it is rendered to memory; the original only ever streams. */
async function render(sharp: Sharp, original: Readable, maxPixels: number): Promise<Buffer> {
  const resize = sharp({ limitInputPixels: maxPixels, sequentialRead: true })
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

/** Decodes the original, remembering for good (in its row) an image that will not decode. */
async function renderOriginal(
  deps: ThumbnailDeps,
  attachment: StoredAttachment,
  maxPixels: number,
): Promise<Buffer> {
  const { default: sharp } = await loadSharp();
  const original = await guardDependency('File storage', () =>
    deps.storage.open(attachment.storageKey),
  );
  try {
    return await render(sharp, original, maxPixels);
  } catch (error) {
    // render's NOT_FOUND is a decoding failure; a storage failure (503) may pass and is retried.
    if (error instanceof AppError && error.code === 'NOT_FOUND') {
      await markThumbnailFailed(deps.db, attachment.id);
    }
    throw error;
  }
}

async function generate(
  deps: ThumbnailDeps,
  attachment: StoredAttachment,
  maxPixels: number,
): Promise<string> {
  const thumbnail = await renderOriginal(deps, attachment, maxPixels);
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
  const { maxPixels, queueLimit } = deps.thumbnailLimits ?? DEFAULT_THUMBNAIL_LIMITS;
  const limiter = createLimiter(CONCURRENCY);
  const inFlight = new Map<string, Promise<string>>();
  const full = () => limiter.pending >= CONCURRENCY + queueLimit;

  const ensure = async (attachment: StoredAttachment): Promise<string> => {
    if (attachment.thumbnailFailedAt) throw undecodable();
    const running = inFlight.get(attachment.id);
    if (running) return running;
    if (full()) throw busy();
    const work = limiter
      .run(() => generate(deps, attachment, maxPixels))
      .finally(() => inFlight.delete(attachment.id));
    inFlight.set(attachment.id, work);
    return work;
  };

  return {
    ensure,
    schedule(attachment: StoredAttachment): void {
      if (full()) return;
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
