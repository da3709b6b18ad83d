import { setTimeout as sleep } from 'node:timers/promises';
import { findAttachment } from '@saffron/db';
import type { TAttachment } from '@saffron/shared';
import { describe, expect, it, vi } from 'vitest';
import { createThumbnailer } from './attachments/thumbnails.ts';
import { pngBomb, pngImage } from './testing/fixtures.ts';
import { DRIVERS, useFilesService } from './testing/harness.ts';

describe.each(DRIVERS)('image bombs and the thumbnail queue on %s storage', (driver) => {
  const h = useFilesService({
    driver,
    maxBytes: 1024 * 1024,
    backgroundThumbnails: false,
    thumbnailQueueLimit: 1,
  });

  async function upload(images: Buffer[]) {
    const { user, token } = await h.signIn('alice');
    const recipeId = await h.createRecipe(user);
    const files = images.map((content, i) => ({ filename: `photo-${i}.png`, content }));
    const response = await h.upload(recipeId, files, { token });
    expect(response.status).toBe(201);
    return { user, token, created: (await response.json()) as TAttachment[] };
  }

  /** The real storage's reads of originals, counted; `hold` keeps the first one waiting. */
  function watchReads(hold?: Promise<void>) {
    const { storage } = h.service.deps;
    const open = storage.open.bind(storage);
    let first = true;
    return vi.spyOn(storage, 'open').mockImplementation(async (key) => {
      if (hold && first) {
        first = false;
        await hold;
      }
      return open(key);
    });
  }

  it('refuses the 10000×10000 PNG before decoding it, and never reads it again', async () => {
    const { user, token, created } = await upload([await pngBomb()]);
    const reads = watchReads();
    const path = `/attachments/${created[0]!.id}/thumbnail`;
    const started = Date.now();
    expect((await h.request(path, { token })).status).toBe(404);
    expect(Date.now() - started, 'refused from its header, not decoded').toBeLessThan(2_000);
    expect((await h.request(path, { token })).status).toBe(404);
    // Remembered in the database: another instance (or a restart) does not try either.
    const attachment = await findAttachment(h.t.db, { id: created[0]!.id, ownerId: user.id });
    await expect(createThumbnailer(h.service.deps).ensure(attachment!)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(reads).toHaveBeenCalledTimes(1);
  });

  it('decodes one image at a time, and answers 503 with Retry-After once the queue is full', async () => {
    const { token, created } = await upload([await pngImage(), await pngImage(), await pngImage()]);
    const release = Promise.withResolvers<void>();
    const reads = watchReads(release.promise);
    // Followed to the bucket on S3, as a browser would.
    const thumbnail = (i: number) =>
      h.download(`/attachments/${created[i]!.id}/thumbnail`, { token }).then(({ final }) => final);
    const first = thumbnail(0); // decoding (held at its read)
    await vi.waitFor(() => expect(reads).toHaveBeenCalledTimes(1));
    // Two more while it decodes: the queue holds one, so whichever arrives second is refused
    // at once (which one arrives first is up to the machine, not the test).
    const waiting = [1, 2].map((i) => thumbnail(i).then((answer) => ({ i, answer })));
    let refused: Awaited<(typeof waiting)[number]> | undefined;
    try {
      refused = await Promise.race([...waiting, sleep(10_000).then(() => undefined)]);
      expect(refused?.answer.status, 'answered at once, not queued').toBe(503);
      expect(refused?.answer.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(reads, 'the queued one waits for the first').toHaveBeenCalledTimes(1);
    } finally {
      release.resolve();
    }
    expect((await first).status).toBe(200);
    const queued = await waiting.find((_, index) => index !== refused!.i - 1)!;
    expect(queued.answer.status).toBe(200);
    expect((await thumbnail(refused!.i)).status).toBe(200);
  });
});
