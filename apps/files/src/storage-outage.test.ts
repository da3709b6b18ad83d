import { rm, writeFile } from 'node:fs/promises';
import { findRecipe } from '@saffron/db';
import type { TAttachment } from '@saffron/shared';
import { describe, expect, it } from 'vitest';
import { deletionRetryDelaySeconds } from './cleanup/storage-cleanup.ts';
import { DRIVERS, useFilesService } from './testing/harness.ts';

const UNAVAILABLE = {
  error: {
    code: 'SERVICE_UNAVAILABLE',
    message: 'File storage is unavailable right now; try again shortly',
  },
};

describe.each(DRIVERS)('%s storage going away', (driver) => {
  const h = useFilesService({ driver });

  /** An S3 server that stopped answering; a local directory that is no longer one. */
  async function breakStorage() {
    if (driver === 's3') return h.s3.stop();
    const root = h.service.root!;
    await rm(root, { recursive: true, force: true });
    await writeFile(root, 'not a directory');
  }
  async function repairStorage() {
    if (driver === 's3') return h.s3.start();
    await rm(h.service.root!, { force: true });
  }

  it('answers 503 with a clear message, writes no row, and keeps serving', async () => {
    const { user, token } = await h.signIn('alice');
    const recipeId = await h.createRecipe(user);
    await breakStorage();
    try {
      const response = await h.upload(recipeId, [{ filename: 'a.txt', content: 'a' }], { token });
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('5');
      expect(await response.json()).toEqual(UNAVAILABLE);
      expect((await findRecipe(h.t.db, { id: recipeId, ownerId: user.id }))?.attachments).toEqual(
        [],
      );
      const ready = await fetch(`${h.service.url}/readyz`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ checks: { database: 'up', storage: 'down' } });
      expect((await fetch(`${h.service.url}/healthz`)).status).toBe(200);
    } finally {
      await repairStorage();
    }
    const again = await h.upload(recipeId, [{ filename: 'a.txt', content: 'a' }], { token });
    expect(again.status).toBe(201);
    expect((await fetch(`${h.service.url}/readyz`)).status).toBe(200);
  });

  it('keeps deletions queued through the outage and retries them with backoff', async () => {
    const { token, user } = await h.signIn('alice');
    const recipeId = await h.createRecipe(user);
    const upload = await h.upload(recipeId, [{ filename: 'a.txt', content: 'a' }], { token });
    const [attachment] = (await upload.json()) as [TAttachment];
    await breakStorage();
    try {
      const removed = await h.request(`/attachments/${attachment.id}`, { method: 'DELETE', token });
      expect(removed.status).toBe(204); // the row goes now; the object waits for storage
      expect(await h.service.cleanup.drainOnce()).toBe(0);
      const [queued] = await h.t.db.selectFrom('storage_deletions').selectAll().execute();
      expect(queued?.attempts).toBe(1);
      expect(queued?.last_error).toBeTruthy();
      expect(queued!.available_at.getTime()).toBeGreaterThan(Date.now());
      expect(await h.service.cleanup.drainOnce()).toBe(0); // not due again yet
    } finally {
      await repairStorage();
    }
    await new Promise((resolve) => setTimeout(resolve, deletionRetryDelaySeconds(1) * 1000 + 100));
    expect(await h.service.cleanup.drainOnce()).toBe(1);
    if (driver === 's3') expect(await h.service.listKeys()).toEqual([]);
  });
});
