import { createFilesClient } from '@saffron/client/files';
import { describe, expect, it } from 'vitest';
import { useFilesService } from './testing/harness.ts';

/** The typed client the web app uses, against the real service: the shared schemas hold. */
describe('the typed files client against the files service', () => {
  const h = useFilesService({ driver: 'local', maxBytes: 1024 });

  it('uploads, reaches and deletes an attachment, and reads each refusal', async () => {
    const { user, token } = await h.signIn('alice');
    const recipeId = await h.createRecipe(user);
    const client = createFilesClient({ baseUrl: h.service.url, token });
    const note = new File(['two eggs'], 'notes.txt', { type: 'text/plain' });

    const [attachment] = await client.upload(recipeId, note, () => {}).done;
    expect(attachment).toMatchObject({ filename: 'notes.txt', size: 8 });
    const download = await fetch(client.urls.attachment(attachment!.id), {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(await download.text()).toBe('two eggs');

    const tooLarge = new File(['x'.repeat(2048)], 'big.txt');
    await expect(client.upload(recipeId, tooLarge, () => {}).done).rejects.toMatchObject({
      status: 413,
    });
    const stranger = createFilesClient({ baseUrl: h.service.url });
    await expect(stranger.delete(attachment!)).rejects.toMatchObject({ status: 401 });

    await client.delete(attachment!);
    await expect(client.delete(attachment!)).rejects.toMatchObject({
      status: 404,
      message: 'Attachment not found',
    });
  });
});
