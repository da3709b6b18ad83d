import { sql } from 'kysely';
import { beforeEach, describe, expect, it } from 'vitest';
import { fixtureWrite, insertTestUsers } from '../testing/fixtures/recipes.ts';
import { useTestDb } from '../testing/index.ts';
import {
  deleteAttachment,
  findAttachment,
  insertAttachments,
  recipeBelongsTo,
  setAttachmentThumbnail,
  type NewAttachment,
} from './attachments.ts';
import { findRecipe } from './recipe-reads.ts';
import { createRecipe, deleteRecipe } from './recipes.ts';
import {
  claimStorageDeletions,
  completeStorageDeletions,
  listStorageDeletionKeys,
  reserveStorageKeys,
  retryStorageDeletions,
} from './storage-deletions.ts';

const file = (key: string, filename = `${key}.jpg`): NewAttachment => ({
  storageKey: key,
  filename,
  contentType: 'image/jpeg',
  size: 1234,
  sha256: 'a'.repeat(64),
});

describe('attachment queries', () => {
  const t = useTestDb();
  let alice = '';
  let bob = '';
  let recipeId = '';
  beforeEach(async () => {
    [alice, bob] = (await insertTestUsers(t.db, ['alice', 'bob'])) as [string, string];
    ({ id: recipeId } = await createRecipe(
      t.db,
      fixtureWrite(alice, { name: 'Soup', tags: [], ingredients: [] }),
    ));
  });

  const attach = (keys: string[], ownerId = alice) =>
    insertAttachments(t.db, { recipeId, ownerId, files: keys.map((key) => file(key)) });

  it("checks ownership in SQL: another owner's recipe takes no rows", async () => {
    expect(await recipeBelongsTo(t.db, { recipeId, ownerId: alice })).toBe(true);
    expect(await recipeBelongsTo(t.db, { recipeId, ownerId: bob })).toBe(false);
    expect(await attach(['k1'], bob)).toBeUndefined();
    expect(await attach(['k1'])).toHaveLength(1);
    const [row] = (await attach(['k2']))!;
    expect(await findAttachment(t.db, { id: row!.id, ownerId: bob })).toBeUndefined();
    expect(await deleteAttachment(t.db, { id: row!.id, ownerId: bob })).toBeUndefined();
    expect(await findAttachment(t.db, { id: row!.id, ownerId: alice })).toMatchObject({
      storageKey: 'k2',
      thumbnailKey: null,
      size: 1234,
    });
  });

  it('inserts several rows in the order given and settles their key reservations', async () => {
    await reserveStorageKeys(t.db, { keys: ['k1', 'k2', 'k3', 'other'], graceSeconds: 3600 });
    const rows = await attach(['k3', 'k1', 'k2']);
    expect(rows?.map((row) => row.storageKey)).toEqual(['k3', 'k1', 'k2']);
    expect(await listStorageDeletionKeys(t.db)).toEqual(['other']);
    const recipe = await findRecipe(t.db, { id: recipeId, ownerId: alice });
    expect(recipe?.attachments.map((a) => [a.filename, a.hasThumbnail])).toEqual([
      ['k3.jpg', false],
      ['k1.jpg', false],
      ['k2.jpg', false],
    ]);
  });

  it('writes no row at all when one of them fails', async () => {
    await attach(['taken']);
    await expect(attach(['fresh', 'taken'])).rejects.toThrow(/unique/);
    const recipe = await findRecipe(t.db, { id: recipeId, ownerId: alice });
    expect(recipe?.attachments).toHaveLength(1);
  });

  it('records a thumbnail once; a second one, or one for a deleted row, is queued for deletion', async () => {
    const [row] = (await attach(['k1']))!;
    await reserveStorageKeys(t.db, { keys: ['t1', 't2', 't3'], graceSeconds: 3600 });
    expect(await setAttachmentThumbnail(t.db, { id: row!.id, thumbnailKey: 't1' })).toBe(true);
    expect(await setAttachmentThumbnail(t.db, { id: row!.id, thumbnailKey: 't2' })).toBe(false);
    expect((await findRecipe(t.db, { id: recipeId, ownerId: alice }))?.attachments).toMatchObject([
      { hasThumbnail: true },
    ]);
    await deleteAttachment(t.db, { id: row!.id, ownerId: alice });
    expect(await setAttachmentThumbnail(t.db, { id: row!.id, thumbnailKey: 't3' })).toBe(false);
    expect((await listStorageDeletionKeys(t.db)).sort()).toEqual(['k1', 't1', 't2', 't3']);
    // The unwanted ones are due now, not after the reservation's grace period.
    const due = await claimStorageDeletions(t.db, { limit: 10, leaseSeconds: 60 });
    expect(due.map((item) => item.storageKey).sort()).toEqual(['k1', 't1', 't2', 't3']);
  });

  it('queues the objects of every attachment deleted with its recipe or its user', async () => {
    const [first] = (await attach(['r1']))!;
    await setAttachmentThumbnail(t.db, { id: first!.id, thumbnailKey: 'r1-thumb' });
    await attach(['r2']);
    await deleteRecipe(t.db, { id: recipeId, ownerId: alice, outbox: false });
    expect((await listStorageDeletionKeys(t.db)).sort()).toEqual(['r1', 'r1-thumb', 'r2']);

    const { id: other } = await createRecipe(
      t.db,
      fixtureWrite(alice, { name: 'Stew', tags: [], ingredients: [] }),
    );
    await insertAttachments(t.db, { recipeId: other, ownerId: alice, files: [file('u1')] });
    await sql`delete from users where id = ${alice}`.execute(t.db);
    expect(await listStorageDeletionKeys(t.db)).toContain('u1');
  });

  it('leases deletions so concurrent workers never take the same one, and backs off failures', async () => {
    await reserveStorageKeys(t.db, { keys: ['later'], graceSeconds: 3600 });
    await attach(['a', 'b', 'c']);
    await sql`delete from attachments`.execute(t.db);

    const [one, two] = await Promise.all([
      claimStorageDeletions(t.db, { limit: 2, leaseSeconds: 60 }),
      claimStorageDeletions(t.db, { limit: 2, leaseSeconds: 60 }),
    ]);
    const claimed = [...one, ...two].map((item) => item.storageKey).sort();
    expect(claimed).toEqual(['a', 'b', 'c']); // 'later' is not due yet
    expect(await claimStorageDeletions(t.db, { limit: 10, leaseSeconds: 60 })).toEqual([]);

    const failed = [...one, ...two].find((item) => item.storageKey === 'a')!;
    await completeStorageDeletions(
      t.db,
      [...one, ...two].filter((item) => item !== failed).map((item) => item.id),
    );
    await retryStorageDeletions(t.db, { ids: [failed.id], delaySeconds: 0, error: 'down' });
    const [again] = await claimStorageDeletions(t.db, { limit: 10, leaseSeconds: 60 });
    expect(again).toMatchObject({ storageKey: 'a', attempts: 2 });
    expect((await listStorageDeletionKeys(t.db)).sort()).toEqual(['a', 'later']);
  });
});
