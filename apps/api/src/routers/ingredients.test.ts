import { useTestDb } from '@saffron/db/testing';
import { describe, expect, it } from 'vitest';
import { buildApiServer } from '../server.ts';
import { createAccount, PASSWORD } from '../testing/accounts.ts';
import { createTestCaller, createTestDeps, fakeBrowser } from '../testing/context.ts';
import { callProcedure, resultOf, sessionCookieFrom } from '../testing/http.ts';

describe('ingredients router', () => {
  const t = useTestDb();

  async function signedInServer() {
    const deps = createTestDeps(t.db);
    await createAccount(t.db, deps, 'alice');
    const app = await buildApiServer(deps);
    const login = await callProcedure(app, 'auth.login', {
      input: { username: 'alice', password: PASSWORD },
    });
    const headers = { cookie: `saffron_session=${sessionCookieFrom(login)}` };
    return { app, headers };
  }

  it('reads 500 lines in one call, in order, and refuses 501 with a clear message', async () => {
    const { app, headers } = await signedInServer();
    const lines = Array.from({ length: 500 }, (_, i) => `${i + 1} large tomatoes, diced`);
    const answer = await callProcedure(app, 'ingredients.parse', { input: { lines }, headers });
    expect(answer.statusCode).toBe(200);
    const { ingredients } = resultOf<{ ingredients: { quantity: string; name: string }[] }>(answer);
    expect(ingredients).toHaveLength(500);
    expect(ingredients[499]).toMatchObject({
      kind: 'ingredient',
      quantity: '500',
      name: 'tomatoes',
      size: 'large',
      preparation: 'diced',
      original: '500 large tomatoes, diced',
    });

    const tooMany = await callProcedure(app, 'ingredients.parse', {
      input: { lines: [...lines, 'salt'] },
      headers,
    });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json()).toMatchObject({
      error: { json: { data: { fieldErrors: { lines: ['At most 500 lines at once'] } } } },
    });
    await app.close();
  });

  it('answers long and hostile lines without failing', async () => {
    const { app, headers } = await signedInServer();
    const lines = ['x'.repeat(10_000), '!!!', '('.repeat(10_000), ''];
    const answer = await callProcedure(app, 'ingredients.parse', { input: { lines }, headers });
    expect(answer.statusCode).toBe(200);
    const kinds = resultOf<{ ingredients: { kind: string }[] }>(answer).ingredients.map(
      (row) => row.kind,
    );
    expect(kinds).toEqual(['ingredient', 'blank', 'blank', 'blank']);
    const tooLong = await callProcedure(app, 'ingredients.parse', {
      input: { lines: ['x'.repeat(10_001)] },
      headers,
    });
    expect(tooLong.statusCode).toBe(400);
    await app.close();
  });

  it('reads in the language asked for, else the lines’, else the account’s, else the browser’s', async () => {
    const deps = createTestDeps(t.db);
    await createAccount(t.db, deps, 'bea');
    const browser = fakeBrowser('192.0.2.20', 'nl-NL,nl;q=0.9');
    const caller = createTestCaller(deps, browser.request());
    await caller.auth.login({ username: 'bea', password: PASSWORD });
    const signedIn = () => createTestCaller(deps, browser.request());

    // "el" is a tablespoon in Dutch and an article in Spanish.
    expect((await signedIn().ingredients.parse({ lines: ['2 el olie'] })).language).toBe('nl');
    await signedIn().auth.setLanguage({ language: 'es' });
    expect(await signedIn().auth.me()).toMatchObject({ language: 'es' });
    expect((await signedIn().ingredients.parse({ lines: ['2 el olie'] })).language).toBe('es');
    const german = await signedIn().ingredients.parse({
      lines: ['2 EL Olivenöl', '1 Prise Salz', '3 Zehen Knoblauch'],
    });
    expect(german.language).toBe('de');
    expect(german.ingredients[0]).toMatchObject({ quantity: '2', unit: 'tbsp', name: 'Olivenöl' });
    const asked = await signedIn().ingredients.parse({ lines: ['2 el olie'], language: 'nl' });
    expect(asked.ingredients[0]).toMatchObject({ unit: 'tbsp', name: 'olie' });
    await expect(signedIn().auth.setLanguage({ language: 'xx' as 'en' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });
});
