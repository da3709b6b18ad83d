import { randomBytes } from 'node:crypto';
import { deleteRecipe, findRecipe, listStorageDeletionKeys } from '@saffron/db';
import type { TAttachment } from '@saffron/shared';
import { describe, expect, it } from 'vitest';
import { DRIVERS, useFilesService } from './testing/harness.ts';
import { HTML, PDF, pngImage, SVG, BARE_SVG, sha256 } from './testing/fixtures.ts';

const MIB = 1024 * 1024;
const KEY =
  /^(attachments|thumbnails)\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe.each(DRIVERS)('attachments on %s storage', (driver) => {
  const h = useFilesService({ driver, maxBytes: 6 * MIB });

  async function aliceWithRecipe() {
    const { user, token } = await h.signIn('alice');
    return { user, token, recipeId: await h.createRecipe(user) };
  }

  it('stores several files from one request and serves each back byte for byte', async () => {
    const { user, token, recipeId } = await aliceWithRecipe();
    // Larger than an S3 part (5 MiB in tests): streamed as a multipart upload.
    const big = randomBytes(5 * MIB + 12_345);
    const files = [
      { filename: 'photo.png', content: await pngImage(), type: 'image/png' },
      { filename: 'card.pdf', content: PDF, type: 'application/pdf' },
      { filename: 'notes.txt', content: 'two eggs, one onion', type: 'text/plain' },
      { filename: 'scan.bin', content: big },
    ];
    const response = await h.upload(recipeId, files, { token });
    expect(response.status).toBe(201);
    const created = (await response.json()) as TAttachment[];
    expect(
      created.map(({ filename, contentType, size }) => ({ filename, contentType, size })),
    ).toEqual([
      { filename: 'photo.png', contentType: 'image/png', size: files[0]!.content.length },
      { filename: 'card.pdf', contentType: 'application/pdf', size: PDF.length },
      { filename: 'notes.txt', contentType: 'application/octet-stream', size: 19 },
      { filename: 'scan.bin', contentType: 'application/octet-stream', size: big.length },
    ]);
    for (const [i, attachment] of created.entries()) {
      expect(attachment.url).toBe(`/files/v1/attachments/${attachment.id}`);
      expect(attachment.thumbnailUrl).toBeUndefined(); // not made yet: it comes after the response
      const { final } = await h.download(`/attachments/${attachment.id}`, { token });
      expect(final.status).toBe(200);
      expect(sha256(await final.arrayBuffer())).toBe(sha256(files[i]!.content));
    }
    await h.service.deps.thumbnails.idle();
    const keys = await h.service.listKeys();
    expect(keys.filter((key) => key.startsWith('attachments/'))).toHaveLength(4);
    expect(keys.filter((key) => key.startsWith('thumbnails/'))).toHaveLength(1); // the PNG's
    for (const key of keys) expect(key).toMatch(KEY);

    const recipe = await findRecipe(h.t.db, { id: recipeId, ownerId: user.id });
    expect(recipe?.attachments.map((a) => a.id)).toEqual(created.map((a) => a.id));
  });

  it('trusts the bytes, not the claimed type, and serves only images inline', async () => {
    const { token, recipeId } = await aliceWithRecipe();
    const response = await h.upload(
      recipeId,
      [
        { filename: 'cat.png', content: HTML, type: 'image/png' },
        { filename: 'logo.svg', content: SVG, type: 'image/svg+xml' },
        { filename: 'icon.svg', content: BARE_SVG, type: 'image/svg+xml' },
        { filename: 'page.html', content: HTML, type: 'text/html' },
        { filename: 'photo.png', content: await pngImage(), type: 'text/html' },
      ],
      { token },
    );
    const [disguised, svg, bareSvg, html, png] = (await response.json()) as TAttachment[];
    expect(disguised?.contentType).toBe('application/octet-stream');
    expect(png?.contentType).toBe('image/png');

    for (const dangerous of [disguised!, svg!, bareSvg!, html!]) {
      const { first, final } = await h.download(`/attachments/${dangerous.id}`, { token });
      expect(first.headers.get('x-content-type-options')).toBe('nosniff');
      expect(final.headers.get('content-type')).toBe('application/octet-stream');
      expect(final.headers.get('content-disposition')).toMatch(/^attachment; filename="/);
      if (driver === 'local')
        expect(final.headers.get('content-security-policy')).toContain('sandbox');
    }
    const { first, final } = await h.download(`/attachments/${png!.id}`, { token });
    expect(first.headers.get('x-content-type-options')).toBe('nosniff');
    expect(final.headers.get('content-type')).toBe('image/png');
    expect(final.headers.get('content-disposition')).toBe(
      `inline; filename="photo.png"; filename*=UTF-8''photo.png`,
    );
  });

  it('answers range requests with exactly the bytes asked for', async () => {
    const { token, recipeId } = await aliceWithRecipe();
    const data = randomBytes(100_000);
    const [attachment] = (await (
      await h.upload(recipeId, [{ filename: 'data.bin', content: data }], { token })
    ).json()) as TAttachment[];
    const path = `/attachments/${attachment!.id}`;

    const middle = await h.download(path, { token, headers: { range: 'bytes=1000-1999' } });
    expect(middle.final.status).toBe(206);
    expect(middle.final.headers.get('content-range')).toBe('bytes 1000-1999/100000');
    expect(Buffer.from(await middle.final.arrayBuffer()).equals(data.subarray(1000, 2000))).toBe(
      true,
    );

    const open = await h.download(path, { token, headers: { range: 'bytes=99990-' } });
    expect(open.final.status).toBe(206);
    expect(Buffer.from(await open.final.arrayBuffer()).equals(data.subarray(99_990))).toBe(true);
  });

  it('deletes the row at once and the object through the cleanup job', async () => {
    const { user, token, recipeId } = await aliceWithRecipe();
    const [kept, removed] = (await (
      await h.upload(
        recipeId,
        [
          { filename: 'kept.txt', content: 'keep me' },
          { filename: 'removed.txt', content: 'remove me' },
        ],
        { token },
      )
    ).json()) as TAttachment[];
    const before = await h.service.listKeys();

    const response = await h.request(`/attachments/${removed!.id}`, { method: 'DELETE', token });
    expect(response.status).toBe(204);
    expect((await h.request(`/attachments/${removed!.id}`, { token })).status).toBe(404);
    expect(
      (await h.request(`/attachments/${removed!.id}`, { method: 'DELETE', token })).status,
    ).toBe(404);
    const recipe = await findRecipe(h.t.db, { id: recipeId, ownerId: user.id });
    expect(recipe?.attachments.map((a) => a.id)).toEqual([kept!.id]);

    const queued = await listStorageDeletionKeys(h.t.db);
    expect(queued).toHaveLength(1);
    expect(await h.service.cleanup.drainOnce()).toBe(1);
    const after = await h.service.listKeys();
    expect(after).toEqual(before.filter((key) => key !== queued[0]));
    expect(await listStorageDeletionKeys(h.t.db)).toEqual([]);
    expect((await h.download(`/attachments/${kept!.id}`, { token })).final.status).toBe(200);
  });

  it("deletes a deleted recipe's objects, thumbnails included", async () => {
    const { user, token, recipeId } = await aliceWithRecipe();
    const upload = await h.upload(
      recipeId,
      [
        { filename: 'a.png', content: await pngImage() },
        { filename: 'b.txt', content: 'b' },
      ],
      { token },
    );
    expect(upload.status).toBe(201);
    await h.service.deps.thumbnails.idle();
    expect(await h.service.listKeys()).toHaveLength(3);

    await deleteRecipe(h.t.db, { id: recipeId, ownerId: user.id, outbox: false });
    expect(await listStorageDeletionKeys(h.t.db)).toHaveLength(3);
    expect(await h.service.cleanup.drainOnce()).toBe(3);
    expect(await h.service.listKeys()).toEqual([]);
  });

  it('refuses a file over the limit with 413 and keeps nothing of the request', async () => {
    const { user, token, recipeId } = await aliceWithRecipe();
    const response = await h.upload(
      recipeId,
      [
        { filename: 'fine.txt', content: 'this one alone would be fine' },
        { filename: 'huge.bin', content: randomBytes(6 * MIB + 1) },
      ],
      { token },
    );
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      error: { code: 'PAYLOAD_TOO_LARGE', message: `Files may be at most ${6 * MIB} bytes` },
    });
    expect((await findRecipe(h.t.db, { id: recipeId, ownerId: user.id }))?.attachments).toEqual([]);
    expect(await h.service.listKeys()).toEqual([]);
    expect(await h.service.tempFiles()).toEqual([]);
    expect(await listStorageDeletionKeys(h.t.db)).toEqual([]);

    const exact = await h.upload(
      recipeId,
      [{ filename: 'max.bin', content: randomBytes(6 * MIB) }],
      {
        token,
      },
    );
    expect(exact.status).toBe(201);
  });

  it('keeps hostile filenames harmless and never uses them as keys', async () => {
    const { token, recipeId } = await aliceWithRecipe();
    const names = [
      '../../../etc/passwd',
      '..\\..\\boot.ini',
      'menu\u0000.txt',
      `${'x'.repeat(300)}.pdf`,
      '..',
      'invoice\u202Efdp.exe',
      'crème brûlée; 100%.txt',
    ];
    const response = await h.upload(
      recipeId,
      names.map((filename) => ({ filename, content: 'hello' })),
      { token },
    );
    expect(response.status).toBe(201);
    const created = (await response.json()) as TAttachment[];
    expect(created.map((a) => a.filename)).toEqual([
      'passwd',
      'boot.ini',
      'menu.txt',
      `${'x'.repeat(251)}.pdf`,
      'file',
      'invoicefdp.exe',
      'crème brûlée; 100%.txt',
    ]);
    for (const key of await h.service.listKeys()) expect(key).toMatch(KEY);

    const { final } = await h.download(`/attachments/${created[6]!.id}`, { token });
    expect(final.headers.get('content-disposition')).toBe(
      `attachment; filename="cr_me br_l_e; 100_.txt"; filename*=UTF-8''cr%C3%A8me%20br%C3%BBl%C3%A9e%3B%20100%25.txt`,
    );
  });
});
