import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRecipe } from '@saffron/db';
import { readArchive } from '@saffron/recipe-import';
import { paprikaExportZip } from '@saffron/recipe-import/testing/fixtures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipartBody } from './testing/multipart.ts';
import { pngImage, sha256 } from './testing/fixtures.ts';
import { useFilesService } from './testing/harness.ts';

const LENTILS = {
  quantity: '2',
  quantityMax: '3',
  unit: 'cup',
  name: 'lentils',
  size: 'small',
  group: 'Soup',
  original: '2-3 cups small lentils',
};

describe('imports and exports in the files service', () => {
  let photos: Server;
  let privateServer: Server;
  let privateHits = 0;
  let png: Buffer;
  const portOf = (server: Server) => (server.address() as AddressInfo).port;
  const h = useFilesService({
    driver: 'local',
    allowedHosts: () => [`127.0.0.1:${portOf(photos)}`],
  });

  beforeAll(async () => {
    png = await pngImage(400, 300);
    photos = createServer((request, response) => {
      if (request.url === '/soup.png')
        response.writeHead(200, { 'content-type': 'image/png' }).end(png);
      else response.writeHead(200, { 'content-type': 'text/html' }).end('<p>not an image</p>');
    });
    privateServer = createServer((_, response) => {
      privateHits += 1;
      response.end(png);
    });
    await Promise.all(
      [photos, privateServer].map(
        (server) => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve)),
      ),
    );
  });
  afterAll(() => {
    photos.close();
    privateServer.close();
  });

  const json = (body: unknown, token: string) => ({
    method: 'POST',
    token,
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json' },
  });

  it("brings a recipe's photo in from a link, and only from a public image", async () => {
    const { user, token } = await h.signIn('alice');
    const recipeId = await h.createRecipe(user);
    const url = `http://127.0.0.1:${portOf(photos)}/soup.png`;
    const created = await h.request(
      `/recipes/${recipeId}/attachments/from-url`,
      json({ url }, token),
    );
    expect(created.status).toBe(201);
    const [attachment] = (await created.json()) as {
      id: string;
      contentType: string;
      filename: string;
    }[];
    expect(attachment).toMatchObject({ contentType: 'image/png', filename: 'soup.png' });
    const { final } = await h.download(`/attachments/${attachment!.id}`, { token });
    expect(sha256(await final.arrayBuffer())).toBe(sha256(png));

    const page = await h.request(
      `/recipes/${recipeId}/attachments/from-url`,
      json({ url: url.replace('soup.png', 'page') }, token),
    );
    expect(page.status).toBe(422);
    const privateUrl = `http://127.0.0.1:${portOf(privateServer)}/soup.png`;
    const refused = await h.request(
      `/recipes/${recipeId}/attachments/from-url`,
      json({ url: privateUrl }, token),
    );
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({
      error: { fieldErrors: { url: [expect.stringMatching(/private networks/)] } },
    });
    expect(privateHits).toBe(0);

    const { token: bob } = await h.signIn('bob');
    expect(
      (await h.request(`/recipes/${recipeId}/attachments/from-url`, json({ url }, bob))).status,
    ).toBe(404);
    expect(
      (
        await h.request(
          `/recipes/${recipeId}/attachments/from-url`,
          json({ url: 'ftp://x' }, token),
        )
      ).status,
    ).toBe(400);
  });

  const uploadArchive = (content: Buffer, token: string, filename = 'export.paprikarecipes') => {
    const { body, contentType } = multipartBody([{ filename, content }]);
    return h.request('/imports', {
      method: 'POST',
      token,
      body,
      headers: { 'content-type': contentType },
    });
  };

  it('takes an export of another app, reads it into import items with its photos staged', async () => {
    const { token } = await h.signIn('alice');
    const accepted = await uploadArchive(await paprikaExportZip(), token);
    expect(accepted.status).toBe(202);
    const { id } = (await accepted.json()) as { id: string };
    const { storage_key: keyBefore } = await h.t.db
      .selectFrom('import_jobs')
      .select('storage_key')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(await h.service.archiveReader.drainOnce()).toBe(1);
    const job = await h.t.db
      .selectFrom('import_jobs')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(job).toMatchObject({ status: 'importing', storage_key: null, error: null });
    const items = await h.t.db
      .selectFrom('import_items')
      .selectAll()
      .where('job_id', '=', id)
      .orderBy('position')
      .execute();
    expect(items.length).toBeGreaterThan(0);
    const first = items.find((item) => item.status === 'queued')!;
    const draft = first.draft as {
      recipe: { name: string; ingredients: unknown[] };
      photos: { stagedKey: string }[];
    };
    expect(draft.recipe.name).toBe(first.name);
    expect(draft.recipe.ingredients.length).toBeGreaterThan(0);
    expect(draft.photos.length).toBeGreaterThan(0);
    expect(await h.service.listKeys()).toEqual(
      expect.arrayContaining([draft.photos[0]!.stagedKey]),
    );
    // Read again (a restart mid-read): no item twice.
    const stored = await h.t.db
      .selectFrom('import_items')
      .select('id')
      .where('job_id', '=', id)
      .execute();
    await h.t.db.insertInto('archive_reads').values({ job_id: id }).execute();
    await h.t.db
      .updateTable('import_jobs')
      .set({ storage_key: keyBefore, status: 'reading' })
      .where('id', '=', id)
      .execute();
    expect(await h.service.archiveReader.drainOnce()).toBe(1);
    const again = await h.t.db
      .selectFrom('import_items')
      .select('id')
      .where('job_id', '=', id)
      .execute();
    expect(again).toEqual(stored);
  });

  it('refuses what is not an export, and what is too big, clearly', async () => {
    const { token } = await h.signIn('alice');
    const accepted = await uploadArchive(Buffer.from('just some text'), token, 'notes.txt');
    const { id } = (await accepted.json()) as { id: string };
    await h.service.archiveReader.drainOnce();
    const job = await h.t.db
      .selectFrom('import_jobs')
      .select(['status', 'error'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(job.status).toBe('failed');
    expect(job.error).toMatch(/not an export we recognise/);
    const huge = await uploadArchive(Buffer.alloc(5 * 1024 * 1024), token);
    expect(huge.status).toBe(413);
    const nothing = multipartBody([]);
    const empty = await h.request('/imports', {
      method: 'POST',
      token,
      body: nothing.body,
      headers: { 'content-type': nothing.contentType },
    });
    expect(empty.status).toBe(400);
  });

  it('brings staged photos into their recipe and removes the staged copy', async () => {
    const { user, token } = await h.signIn('alice');
    const accepted = await uploadArchive(await paprikaExportZip(), token);
    const { id } = (await accepted.json()) as { id: string };
    await h.service.archiveReader.drainOnce();
    const item = await h.t.db
      .selectFrom('import_items')
      .select('draft')
      .where('job_id', '=', id)
      .where('status', '=', 'queued')
      .executeTakeFirstOrThrow();
    const { photos: staged } = item.draft as { photos: { stagedKey: string; filename: string }[] };
    const recipeId = await h.createRecipe(user);
    await h.t.db
      .insertInto('attachment_imports')
      .values(
        staged.map((photo, position) => ({
          recipe_id: recipeId,
          owner_id: user.id,
          position,
          staged_key: photo.stagedKey,
          filename: photo.filename,
        })),
      )
      .execute();
    await h.service.attachmentImporter.drainOnce();
    const attachments = await h.t.db
      .selectFrom('attachments')
      .select(['filename', 'content_type'])
      .where('recipe_id', '=', recipeId)
      .execute();
    expect(attachments).toHaveLength(staged.length);
    expect(await h.t.db.selectFrom('attachment_imports').selectAll().execute()).toEqual([]);
    const due = await h.t.db
      .selectFrom('storage_deletions')
      .select('storage_key')
      .where('available_at', '<=', new Date())
      .execute();
    expect(due.map((row) => row.storage_key)).toEqual(
      expect.arrayContaining(staged.map((photo) => photo.stagedKey)),
    );
  });

  it('exports the whole collection as a zip that reads back the same recipes and bytes', async () => {
    const { user, token } = await h.signIn('alice');
    const write = {
      ownerId: user.id,
      fields: {
        name: 'Lentil soup',
        servings: 4,
        steps: ['Simmer.'],
        stepGroups: [{ at: 0, title: 'Soup' }],
        tags: ['soup'],
      },
      ingredients: [LENTILS],
      outbox: false,
    };
    const { id: recipeId } = await createRecipe(h.t.db, write);
    await h.upload(recipeId, [{ filename: 'soup.png', content: png }], { token });
    const { final } = await h.download('/export', { token });
    expect(final.status).toBe(200);
    expect(final.headers.get('content-type')).toBe('application/zip');
    expect(final.headers.get('content-disposition')).toMatch(
      /^attachment; filename="saffron-export-\d{4}-\d{2}-\d{2}\.zip"$/,
    );
    const dir = await mkdtemp(join(tmpdir(), 'export-'));
    const path = join(dir, 'export.zip');
    await writeFile(path, Buffer.from(await final.arrayBuffer()));
    const read: { exact: unknown; sha256: (string | undefined)[] }[] = [];
    for await (const item of readArchive(path)) {
      if (item.kind === 'recipe')
        read.push({ exact: item.exact, sha256: item.images.map((image) => image.sha256) });
    }
    await rm(dir, { recursive: true, force: true });
    expect(read).toEqual([
      {
        exact: expect.objectContaining({
          id: recipeId,
          name: 'Lentil soup',
          stepGroups: [{ at: 0, title: 'Soup' }],
        }) as unknown,
        sha256: [sha256(png)],
      },
    ]);
    const exact = read[0]!.exact as { ingredients: unknown[] };
    expect(exact.ingredients).toEqual([LENTILS]);
    const { token: bob } = await h.signIn('bob');
    const theirs = await h.download('/export', { token: bob });
    expect(theirs.final.status).toBe(200);
  });
});
