import { sql, type Kysely } from 'kysely';
import type { Database } from '../database.ts';
import { forgetStorageKeys } from './storage-deletions.ts';

/** An attachment as the files service sees it: where its bytes are, and how to serve them. */
export interface StoredAttachment {
  id: string;
  recipeId: string;
  ownerId: string;
  storageKey: string;
  thumbnailKey: string | null;
  /** When the image was found not to decode; its thumbnail is not attempted again. */
  thumbnailFailedAt: Date | null;
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
  createdAt: Date;
}

export interface NewAttachment {
  storageKey: string;
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
}

const storedColumns = [
  'id',
  'recipe_id as recipeId',
  'owner_id as ownerId',
  'storage_key as storageKey',
  'thumbnail_key as thumbnailKey',
  'thumbnail_failed_at as thumbnailFailedAt',
  'filename',
  'content_type as contentType',
  'size',
  'sha256',
  'created_at as createdAt',
] as const;

export async function recipeBelongsTo(
  db: Kysely<Database>,
  { recipeId, ownerId }: { recipeId: string; ownerId: string },
): Promise<boolean> {
  const row = await db
    .selectFrom('recipes')
    .select('id')
    .where('id', '=', recipeId)
    .where('owner_id', '=', ownerId)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Rows for objects already stored, all or none. The recipe is re-checked and key-share locked
 * in the same transaction, so it cannot be deleted in between; undefined when it is not the
 * owner's (any more). The rows take their objects over from the key reservations.
 */
export async function insertAttachments(
  db: Kysely<Database>,
  { recipeId, ownerId, files }: { recipeId: string; ownerId: string; files: NewAttachment[] },
): Promise<StoredAttachment[] | undefined> {
  if (files.length === 0) return [];
  return db.transaction().execute(async (trx) => {
    const recipe = await trx
      .selectFrom('recipes')
      .select('id')
      .where('id', '=', recipeId)
      .where('owner_id', '=', ownerId)
      .forKeyShare()
      .executeTakeFirst();
    if (!recipe) return undefined;
    // One statement per file: each row's created_at (the clock) then follows the upload order.
    const rows: StoredAttachment[] = [];
    for (const file of files) {
      rows.push(
        await trx
          .insertInto('attachments')
          .values({
            recipe_id: recipeId,
            owner_id: ownerId,
            storage_key: file.storageKey,
            filename: file.filename,
            content_type: file.contentType,
            size: file.size,
            sha256: file.sha256,
          })
          .returning(storedColumns)
          .executeTakeFirstOrThrow(),
      );
    }
    await forgetStorageKeys(
      trx,
      files.map((file) => file.storageKey),
    );
    return rows;
  });
}

export async function findAttachment(
  db: Kysely<Database>,
  { id, ownerId }: { id: string; ownerId: string },
): Promise<StoredAttachment | undefined> {
  return db
    .selectFrom('attachments')
    .select(storedColumns)
    .where('id', '=', id)
    .where('owner_id', '=', ownerId)
    .executeTakeFirst();
}

/** The trigger queues the objects for deletion in this same statement. */
/** A recipe's attachments with where their bytes are, in the order they were added (exports). */
export function listStoredAttachments(
  db: Kysely<Database>,
  { recipeId, ownerId }: { recipeId: string; ownerId: string },
): Promise<StoredAttachment[]> {
  return db
    .selectFrom('attachments')
    .select(storedColumns)
    .where('recipe_id', '=', recipeId)
    .where('owner_id', '=', ownerId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function deleteAttachment(
  db: Kysely<Database>,
  { id, ownerId }: { id: string; ownerId: string },
): Promise<{ recipeId: string } | undefined> {
  return db
    .deleteFrom('attachments')
    .where('id', '=', id)
    .where('owner_id', '=', ownerId)
    .returning('recipe_id as recipeId')
    .executeTakeFirst();
}

/** An image that would not decode (no thumbnail was recorded meanwhile). */
export async function markThumbnailFailed(db: Kysely<Database>, id: string): Promise<void> {
  await db
    .updateTable('attachments')
    .set({ thumbnail_failed_at: sql<Date>`now()` })
    .where('id', '=', id)
    .where('thumbnail_key', 'is', null)
    .execute();
}

/**
 * Records a stored thumbnail, once, settling its key reservation. If the attachment is gone
 * or already has one (two generations raced), the new object is queued for deletion instead,
 * in the same statement. True when the thumbnail was recorded.
 */
export async function setAttachmentThumbnail(
  db: Kysely<Database>,
  { id, thumbnailKey }: { id: string; thumbnailKey: string },
): Promise<boolean> {
  const { rows } = await sql<{ recorded: boolean }>`
    with recorded as (
      update attachments set thumbnail_key = ${thumbnailKey}
      where id = ${id} and thumbnail_key is null
      returning id
    ), settled as (
      delete from storage_deletions where storage_key = ${thumbnailKey}
    ), unwanted as (
      insert into storage_deletions (storage_key)
      select ${thumbnailKey}::text where not exists (select 1 from recorded)
    )
    select exists (select 1 from recorded) as recorded
  `.execute(db);
  return rows[0]?.recorded ?? false;
}
