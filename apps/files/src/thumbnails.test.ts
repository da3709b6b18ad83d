import { findAttachment, findRecipe } from '@saffron/db';
import { toAttachmentDto, type TAttachment } from '@saffron/shared';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { PDF, pngImage } from './testing/fixtures.ts';
import { DRIVERS, useFilesService } from './testing/harness.ts';

async function webpSize(response: Response) {
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('image/webp');
  const { format, width, height } = await sharp(
    Buffer.from(await response.arrayBuffer()),
  ).metadata();
  return { format, width, height };
}

describe.each(DRIVERS)('thumbnails on %s storage', (driver) => {
  const h = useFilesService({ driver });

  async function uploadAs(files: { filename: string; content: Buffer | string }[]) {
    const { user, token } = await h.signIn('alice');
    const recipeId = await h.createRecipe(user);
    const response = await h.upload(recipeId, files, { token });
    expect(response.status).toBe(201);
    return { user, token, recipeId, created: (await response.json()) as TAttachment[] };
  }

  it('makes a 320 px WebP after the upload and lists it in the recipe', async () => {
    const { user, token, recipeId, created } = await uploadAs([
      { filename: 'soup.png', content: await pngImage(1000, 600) },
    ]);
    await h.service.deps.thumbnails.idle();
    const recipe = await findRecipe(h.t.db, { id: recipeId, ownerId: user.id });
    const [attachment] = recipe!.attachments.map(toAttachmentDto);
    expect(attachment?.thumbnailUrl).toBe(`/files/v1/attachments/${created[0]!.id}/thumbnail`);

    const { first, final } = await h.download(`/attachments/${created[0]!.id}/thumbnail`, {
      token,
    });
    expect(first.headers.get('x-content-type-options')).toBe('nosniff');
    expect(final.headers.get('content-disposition')).toMatch(/^inline;/);
    expect(await webpSize(final)).toEqual({ format: 'webp', width: 320, height: 192 });
  });

  it('404s for attachments that are not images', async () => {
    const { token, created } = await uploadAs([{ filename: 'card.pdf', content: PDF }]);
    const response = await h.request(`/attachments/${created[0]!.id}/thumbnail`, { token });
    expect(response.status).toBe(404);
    expect(await h.service.listKeys()).toHaveLength(1);
  });

  it('404s for an image that cannot be decoded, and keeps nothing of the attempt', async () => {
    const broken = Buffer.concat([(await pngImage()).subarray(0, 64), Buffer.alloc(256, 7)]);
    const { token, created } = await uploadAs([{ filename: 'broken.png', content: broken }]);
    expect(created[0]!.contentType).toBe('image/png');
    await h.service.deps.thumbnails.idle();
    const response = await h.request(`/attachments/${created[0]!.id}/thumbnail`, { token });
    expect(response.status).toBe(404);
    expect(await h.service.listKeys()).toHaveLength(1);
  });
});

describe.each(DRIVERS)('thumbnails on demand on %s storage', (driver) => {
  const h = useFilesService({ driver, backgroundThumbnails: false });

  it('makes a thumbnail the process never got to, once for concurrent requests', async () => {
    const { user, token } = await h.signIn('alice');
    const recipeId = await h.createRecipe(user);
    const response = await h.upload(
      recipeId,
      [{ filename: 'tall.png', content: await pngImage(400, 800) }],
      { token },
    );
    const [{ id }] = (await response.json()) as [TAttachment];
    expect((await findAttachment(h.t.db, { id, ownerId: user.id }))?.thumbnailKey).toBeNull();

    const path = `/attachments/${id}/thumbnail`;
    const [one, two] = await Promise.all([
      h.download(path, { token }),
      h.download(path, { token }),
    ]);
    expect(await webpSize(one.final)).toEqual({ format: 'webp', width: 160, height: 320 });
    expect(await webpSize(two.final)).toEqual({ format: 'webp', width: 160, height: 320 });
    expect((await findAttachment(h.t.db, { id, ownerId: user.id }))?.thumbnailKey).toMatch(
      /^thumbnails\//,
    );
    expect(await h.service.listKeys()).toHaveLength(2); // the original and one thumbnail
  });
});
