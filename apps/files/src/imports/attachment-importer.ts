import {
  claimAttachmentImports,
  completeAttachmentImport,
  retryAttachmentImport,
  type ClaimedAttachmentImport,
} from '@saffron/db';
import {
  backoffSeconds,
  createBatchWorker,
  isPassingFailure,
  type SafeFetcher,
} from '@saffron/service';
import { uploadAttachments, type UploadDeps } from '../attachments/upload-attachments.ts';
import type { ObjectStorage } from '../storage/storage.ts';
import { attachPhotoFromUrl } from './photo-from-url.ts';

const BATCH = 4;
const LEASE_SECONDS = 180;
const MAX_ATTEMPTS = 5;

export type AttachmentImporterDeps = UploadDeps & { storage: ObjectStorage; fetcher: SafeFetcher };

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
      if (isPassingFailure(error) && item.attempts < MAX_ATTEMPTS) {
        const delaySeconds = backoffSeconds(item.attempts + 2, 600);
        await retryAttachmentImport(deps.db, { id: item.id, delaySeconds, error: String(error) });
        return;
      }
      deps.logger.warn({ err: error, recipeId: item.recipeId }, 'imported photo left out');
      await completeAttachmentImport(deps.db, item);
    }
  };

  return createBatchWorker({
    claim: (limit) => claimAttachmentImports(deps.db, { limit, leaseSeconds: LEASE_SECONDS }),
    handle: importOne,
    batchSize: BATCH,
    logger: deps.logger,
    what: 'photo imports',
  });
}
