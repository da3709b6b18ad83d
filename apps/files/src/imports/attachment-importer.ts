import {
  claimAttachmentImports,
  completeAttachmentImport,
  retryAttachmentImport,
  type ClaimedAttachmentImport,
} from '@saffron/db';
import {
  backoffSeconds,
  createQueueWorker,
  SafeFetchError,
  type SafeFetcher,
} from '@saffron/service';
import { AppError } from '@saffron/shared';
import { uploadAttachments, type UploadDeps } from '../attachments/upload-attachments.ts';
import type { ObjectStorage } from '../storage/storage.ts';
import { attachPhotoFromUrl } from './photo-from-url.ts';

const BATCH = 4;
const LEASE_SECONDS = 180;
const MAX_ATTEMPTS = 5;

export type AttachmentImporterDeps = UploadDeps & { storage: ObjectStorage; fetcher: SafeFetcher };

/** A site that is slow today may answer tomorrow; a missing photo or a non-image will not. */
const isPassing = (error: unknown) =>
  error instanceof SafeFetchError
    ? ['timeout', 'unreachable', 'upstream'].includes(error.reason)
    : !(error instanceof AppError);

/**
 * Brings imported recipes' photos in: from their link through the safe fetcher, or copied from
 * where the archive reader staged them. A recipe deleted meanwhile takes its pending photos with it.
 */
export function createAttachmentImporter(deps: AttachmentImporterDeps) {
  const bring = async (item: ClaimedAttachmentImport) => {
    const target = { ownerId: item.ownerId, recipeId: item.recipeId };
    if (item.sourceUrl) return attachPhotoFromUrl(deps, { ...target, url: item.sourceUrl });
    if (!item.stagedKey) return [];
    const file = await deps.storage.open(item.stagedKey);
    const part = {
      type: 'file' as const,
      fieldname: 'file',
      filename: item.filename ?? 'photo',
      file,
    };
    return uploadAttachments(deps, { ...target, parts: [part] });
  };

  const importOne = async (item: ClaimedAttachmentImport) => {
    try {
      await bring(item);
      await completeAttachmentImport(deps.db, item);
    } catch (error) {
      if (isPassing(error) && item.attempts < MAX_ATTEMPTS) {
        const delaySeconds = backoffSeconds(item.attempts + 2, 600);
        await retryAttachmentImport(deps.db, { id: item.id, delaySeconds, error: String(error) });
        return;
      }
      deps.logger.warn({ err: error, recipeId: item.recipeId }, 'imported photo left out');
      await completeAttachmentImport(deps.db, item);
    }
  };

  const drainOnce = async (): Promise<number> => {
    const items = await claimAttachmentImports(deps.db, {
      limit: BATCH,
      leaseSeconds: LEASE_SECONDS,
    });
    await Promise.all(items.map(importOne));
    return items.length;
  };

  return createQueueWorker({
    drainOnce,
    batchSize: BATCH,
    idleMs: 1_000,
    logger: deps.logger,
    what: 'photo imports',
  });
}
