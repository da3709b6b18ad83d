import {
  findRecipe,
  listRecipeIds,
  listStoredAttachments,
  recipeFieldsOf,
  type Database,
  type Kysely,
} from '@saffron/db';
import type { ExportRecipe } from '@saffron/recipe-import';
import type { ObjectStorage } from '../storage/storage.ts';

const PAGE = 100;

/**
 * Every recipe of a person with its attachments, read a page at a time as the zip is written:
 * the export never holds the whole collection in memory.
 */
export async function* collectionOf(
  deps: { db: Kysely<Database>; storage: ObjectStorage },
  ownerId: string,
): AsyncGenerator<ExportRecipe> {
  let afterId: string | null = null;
  for (;;) {
    const ids = await listRecipeIds(deps.db, { ownerId, afterId, limit: PAGE });
    for (const id of ids) {
      const record = await findRecipe(deps.db, { id, ownerId });
      if (!record) continue; // deleted while the export ran
      const attachments = await listStoredAttachments(deps.db, { recipeId: id, ownerId });
      yield {
        recipe: recipeFieldsOf(record),
        attachments: attachments.map((attachment) => ({
          filename: attachment.filename,
          contentType: attachment.contentType,
          size: attachment.size,
          sha256: attachment.sha256,
          open: () => deps.storage.open(attachment.storageKey),
        })),
      };
    }
    if (ids.length < PAGE) return;
    afterId = ids.at(-1)!;
  }
}
