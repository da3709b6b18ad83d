import { findRecipe, listStorageDeletionKeys } from '@saffron/db';
import type { TAttachment } from '@saffron/shared';
import { beforeEach, describe, expect, it } from 'vitest';
import { pngImage } from './testing/fixtures.ts';
import { multipartBody } from './testing/multipart.ts';
import { useFilesService } from './testing/harness.ts';

const DAY = 86_400_000;
const UNKNOWN_ID = '0b6f2f8e-6c1c-4a3b-9a57-2f1f5d0e9c11';

describe('who may use the files routes', () => {
  let clock = new Date();
  const h = useFilesService({ driver: 'local', auth: { now: () => clock } });
  let alice: Awaited<ReturnType<typeof h.signIn>>;
  let recipeId: string;
  let attachment: TAttachment;

  beforeEach(async () => {
    clock = new Date();
    alice = await h.signIn('alice');
    recipeId = await h.createRecipe(alice.user);
    const response = await h.upload(
      recipeId,
      [{ filename: 'soup.png', content: await pngImage() }],
      { token: alice.token },
    );
    [attachment] = (await response.json()) as [TAttachment];
    await h.service.deps.thumbnails.idle();
  });

  /** Every route, as the given token (or none) would call it. */
  const everyRoute = (token: string | undefined, ids = { recipeId, id: attachment.id }) => [
    h.upload(ids.recipeId, [{ filename: 'x.txt', content: 'x' }], { token }),
    h.request(`/attachments/${ids.id}`, { token }),
    h.request(`/attachments/${ids.id}/thumbnail`, { token }),
    h.request(`/attachments/${ids.id}`, { token, method: 'DELETE' }),
  ];
  const statuses = async (calls: Promise<Response>[]) =>
    (await Promise.all(calls)).map((response) => response.status);

  async function nothingChanged() {
    const recipe = await findRecipe(h.t.db, { id: recipeId, ownerId: alice.user.id });
    expect(recipe?.attachments.map((a) => a.id)).toEqual([attachment.id]);
    expect(await h.service.listKeys()).toHaveLength(2); // the image and its thumbnail
    expect(await listStorageDeletionKeys(h.t.db)).toEqual([]);
  }

  it('answers 401 to no token, a forged, a truncated and an expired one', async () => {
    expect(await statuses(everyRoute(undefined))).toEqual([401, 401, 401, 401]);
    expect(await statuses(everyRoute(alice.token.slice(0, -3)))).toEqual([401, 401, 401, 401]);
    expect(await statuses(everyRoute('forged-token-aaaaaaaaaaaaaaaaaaaaaaaa'))).toEqual([
      401, 401, 401, 401,
    ]);
    clock = new Date(clock.getTime() + 31 * DAY);
    const expired = await h.request(`/attachments/${attachment.id}`, { token: alice.token });
    expect(expired.status).toBe(401);
    expect(await expired.json()).toEqual({
      error: { code: 'UNAUTHORIZED', message: 'Please sign in' },
    });
    expect(await statuses(everyRoute(alice.token))).toEqual([401, 401, 401, 401]);
    await nothingChanged();
  });

  it("answers 404 on every route to another user's recipe and attachment ids, changing nothing", async () => {
    const bob = await h.signIn('bob');
    expect(await statuses(everyRoute(bob.token))).toEqual([404, 404, 404, 404]);
    const unknown = { recipeId: UNKNOWN_ID, id: UNKNOWN_ID };
    expect(await statuses(everyRoute(alice.token, unknown))).toEqual([404, 404, 404, 404]);
    await nothingChanged();
  });

  it('answers 400 with field errors to malformed ids', async () => {
    const malformed = { recipeId: 'not-a-uuid', id: '..%2F..%2Fetc%2Fpasswd' };
    const responses = await Promise.all(everyRoute(alice.token, malformed));
    expect(responses.map((response) => response.status)).toEqual([400, 400, 400, 400]);
    expect(await responses[1]!.json()).toEqual({
      error: {
        code: 'BAD_REQUEST',
        message: 'Invalid input',
        fieldErrors: { id: ['Must be a valid id'] },
      },
    });
    await nothingChanged();
  });

  it('answers 403 to an account without the recipes app', async () => {
    const grocer = await h.signIn('grocer', ['grocery']);
    const grocerRecipe = await h.createRecipe(grocer.user);
    expect(
      await statuses(everyRoute(grocer.token, { recipeId: grocerRecipe, id: UNKNOWN_ID })),
    ).toEqual([403, 403, 403, 403]);
  });

  it('takes the session cookie from the page itself, never from a foreign origin', async () => {
    const host = new URL(h.service.url).host;
    const cookie = `saffron_session=${alice.token}`;
    const own = { cookie, origin: `http://${host}` };
    const foreign = { cookie, origin: 'https://evil.example' };

    const { body, contentType } = multipartBody([{ filename: 'a.txt', content: 'a' }]);
    const upload = (headers: Record<string, string>) =>
      h.request(`/recipes/${recipeId}/attachments`, {
        method: 'POST',
        body,
        headers: { ...headers, 'content-type': contentType },
      });
    expect((await upload(foreign)).status).toBe(403);
    expect((await upload({ cookie })).status).toBe(403); // a cookie with no Origin: not a page of ours
    expect((await upload(own)).status).toBe(201);

    const remove = (headers: Record<string, string>) =>
      h.request(`/attachments/${attachment.id}`, { method: 'DELETE', headers });
    expect((await remove(foreign)).status).toBe(403);
    expect((await h.request(`/attachments/${attachment.id}`, { headers: { cookie } })).status).toBe(
      200,
    );
    expect((await remove(own)).status).toBe(204);
  });

  it('refuses bodies no upload form sends', async () => {
    const response = await h.request(`/recipes/${recipeId}/attachments`, {
      method: 'POST',
      token: alice.token,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'file=x',
    });
    expect(response.status).toBe(415);
    const empty = await h.upload(recipeId, [], { token: alice.token });
    expect(empty.status).toBe(400);
    expect(await empty.json()).toMatchObject({
      error: { code: 'BAD_REQUEST', fieldErrors: { file: ['Attach at least one file'] } },
    });
    const wrongField = await h.upload(
      recipeId,
      [{ filename: 'a.txt', content: 'a', field: 'photo' }],
      {
        token: alice.token,
      },
    );
    expect(wrongField.status).toBe(400);
    await nothingChanged();
  });
});
