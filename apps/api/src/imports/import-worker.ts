import {
  claimImportItems,
  findRecipeIdBySourceUrl,
  importRecipeForItem,
  retryImportItem,
  settleImportItem,
  type ClaimedImportItem,
  type Database,
  type Kysely,
  type PhotoToImport,
} from '@saffron/db';
import {
  backoffSeconds,
  createBatchWorker,
  isPassingFailure,
  type SafeFetcher,
} from '@saffron/service';
import {
  AppError,
  LANGUAGES,
  ZRecipeInput,
  type Language,
  type TImportedRecipe,
} from '@saffron/shared';
import type { FastifyBaseLogger } from 'fastify';
import { previewOfLink } from './preview.ts';

const BATCH = 4;
/** Longer than a fetch may take (IMPORT_TIMEOUT) plus the write. */
const LEASE_SECONDS = 120;
const MAX_ATTEMPTS = 4;

/** What an archive item holds once the files service has read it (see apps/files imports). */
interface ArchiveDraft {
  recipe: unknown;
  photos: PhotoToImport[];
}

const languageOf = (value: string | null): Language | undefined =>
  (LANGUAGES as readonly string[]).includes(value ?? '') ? (value as Language) : undefined;

export interface ImportWorkerDeps {
  db: Kysely<Database>;
  fetcher: SafeFetcher;
  logger: FastifyBaseLogger;
  /** Whether new recipes must be queued for an external search engine. */
  outbox: boolean;
}

/**
 * Turns import items into recipes in the background: links through the safe fetcher and the
 * extractor, archive entries as the files service read them. Several instances share the work
 * (leases); each recipe is written with its item's new state in one transaction.
 */
export function createImportWorker(deps: ImportWorkerDeps) {
  const save = (item: ClaimedImportItem, recipe: TImportedRecipe, photos: PhotoToImport[]) => {
    const { imageUrl: _, ingredients, ...fields } = recipe;
    const write = { ownerId: item.ownerId, fields, ingredients, outbox: deps.outbox };
    return importRecipeForItem(deps.db, item, { write, photos });
  };

  const importLink = async (item: ClaimedImportItem, url: string) => {
    const already = await findRecipeIdBySourceUrl(deps.db, { ownerId: item.ownerId, urls: [url] });
    if (already) return settleImportItem(deps.db, item, { status: 'duplicate', recipeId: already });
    const { recipe } = await previewOfLink(deps.fetcher, url, {
      language: languageOf(item.language),
    });
    const same = await findRecipeIdBySourceUrl(deps.db, {
      ownerId: item.ownerId,
      urls: recipe.sourceUrl ? [recipe.sourceUrl] : [],
    });
    if (same)
      return settleImportItem(deps.db, item, {
        status: 'duplicate',
        name: recipe.name,
        recipeId: same,
      });
    await save(
      item,
      { ...recipe, sourceUrl: recipe.sourceUrl ?? url },
      recipe.imageUrl ? [{ sourceUrl: recipe.imageUrl }] : [],
    );
  };

  const importEntry = async (item: ClaimedImportItem) => {
    const { recipe, photos } = item.draft as ArchiveDraft;
    const checked = ZRecipeInput.safeParse(recipe);
    if (!checked.success)
      throw new AppError('BAD_REQUEST', 'This recipe could not be read from the archive');
    await save(item, checked.data, photos);
  };

  const importOne = async (item: ClaimedImportItem) => {
    try {
      await (item.url ? importLink(item, item.url) : importEntry(item));
    } catch (error) {
      if (isPassingFailure(error) && item.attempts < MAX_ATTEMPTS) {
        const delaySeconds = backoffSeconds(item.attempts + 2, 300);
        deps.logger.warn(
          { err: error, item: item.id, delaySeconds },
          'import item failed; will retry',
        );
        await retryImportItem(deps.db, { id: item.id, delaySeconds, error: String(error) });
        return;
      }
      const reason = error instanceof AppError ? error.message : 'Something went wrong on our side';
      if (!(error instanceof AppError))
        deps.logger.error({ err: error, item: item.id }, 'import item failed');
      await settleImportItem(deps.db, item, { status: 'failed', reason });
    }
  };

  return createBatchWorker({
    claim: (limit) => claimImportItems(deps.db, { limit, leaseSeconds: LEASE_SECONDS }),
    handle: importOne,
    batchSize: BATCH,
    logger: deps.logger,
    what: 'import queue',
  });
}

export type ImportWorker = ReturnType<typeof createImportWorker>;
