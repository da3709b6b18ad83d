import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createMemoryCounterStore, UserLimiter } from '@saffron/auth';
import { useTestDb } from '@saffron/db/testing';
import { createSafeFetcher } from '@saffron/service';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_LIMIT } from '../deps.ts';
import { createAccount, PASSWORD } from '../testing/accounts.ts';
import { createTestCaller, createTestDeps, fakeBrowser } from '../testing/context.ts';
import { fieldErrorsOf, rejectionOf } from '../testing/errors.ts';

const RECIPE = {
  '@context': 'https://schema.org',
  '@type': 'Recipe',
  name: 'Tomato &amp; bread soup',
  recipeYield: ['4', '4 bowls'],
  totalTime: 'PT1H15M',
  image: '/photos/soup.jpg',
  recipeIngredient: ['2 large tomatoes, diced', '2-3 slices stale bread', '1 tbsp olive oil'],
  recipeInstructions: [
    {
      '@type': 'HowToSection',
      name: 'Soup',
      itemListElement: [{ '@type': 'HowToStep', text: 'Simmer the tomatoes.' }],
    },
    { '@type': 'HowToStep', text: 'Tear in the bread.' },
  ],
  keywords: 'soup, Tuscan',
};

const page = (body: string) =>
  `<!doctype html><html><head><title>Soup</title>${body}</head><body></body></html>`;
const withRecipe = page(`<script type="application/ld+json">${JSON.stringify(RECIPE)}</script>`);

/** A recipe site on loopback, and a "private" server that must never be reached. */
function listen(handler: Parameters<typeof createServer>[1]): Promise<Server> {
  const server = createServer(handler);
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
const portOf = (server: Server) => (server.address() as AddressInfo).port;

describe('imports router', () => {
  const t = useTestDb();
  let site: Server;
  let privateServer: Server;
  let privateHits = 0;

  beforeAll(async () => {
    site = await listen((request, response) => {
      const routes: Record<string, [number, string, string]> = {
        '/soup': [200, 'text/html; charset=utf-8', withRecipe],
        '/soup.jsonld': [200, 'application/ld+json', JSON.stringify(RECIPE)],
        '/about': [200, 'text/html', page('<p>No recipe here</p>')],
        '/blocked': [403, 'text/html', page('<p>Forbidden</p>')],
      };
      if (request.url === '/silent') return; // accepts, and never answers
      if (request.url === '/huge') {
        response.writeHead(200, { 'content-type': 'text/html' });
        const chunk = Buffer.alloc(1024 * 1024, 'a');
        let sent = 0;
        const more = () => {
          while (sent < 60 && response.write(chunk)) sent += 1;
          if (sent >= 60) response.end();
          else response.once('drain', more);
        };
        more();
        return;
      }
      const [status, type, body] = routes[request.url ?? ''] ?? [404, 'text/plain', 'not found'];
      response.writeHead(status, { 'content-type': type }).end(body);
    });
    privateServer = await listen((_, response) => {
      privateHits += 1;
      response.end(withRecipe);
    });
  });
  afterAll(() => {
    site.close();
    privateServer.close();
  });

  async function signedIn(limit = IMPORT_LIMIT.limit) {
    const deps = createTestDeps(t.db, {
      imports: {
        ...createTestDeps(t.db).imports,
        fetcher: createSafeFetcher({
          allowedHosts: [`127.0.0.1:${portOf(site)}`],
          maxBytes: 1_000_000,
          timeoutMs: 2_000,
        }),
        limiter: new UserLimiter(createMemoryCounterStore(), { ...IMPORT_LIMIT, limit }),
      },
    });
    await createAccount(t.db, deps, 'alice', { apps: ['recipes'] });
    const browser = fakeBrowser();
    await createTestCaller(deps, browser.request()).auth.login({
      username: 'alice',
      password: PASSWORD,
    });
    return createTestCaller(deps, browser.request());
  }
  const siteUrl = (path: string) => `http://127.0.0.1:${portOf(site)}${path}`;

  it('previews the recipe on a page, with its lines parsed and kept as printed, and saves it', async () => {
    const alice = await signedIn();
    const { recipe, warnings } = await alice.imports.fromUrl({ url: siteUrl('/soup') });
    expect(recipe).toMatchObject({
      name: 'Tomato & bread soup',
      servings: 4,
      totalMinutes: 75,
      sourceUrl: siteUrl('/soup'),
      imageUrl: siteUrl('/photos/soup.jpg'),
      tags: ['soup', 'tuscan'],
      steps: ['Simmer the tomatoes.', 'Tear in the bread.'],
      stepGroups: [{ at: 0, title: 'Soup' }],
      ingredients: [
        {
          quantity: '2',
          name: 'tomatoes',
          size: 'large',
          preparation: 'diced',
          original: '2 large tomatoes, diced',
        },
        {
          quantity: '2',
          quantityMax: '3',
          unit: 'slice',
          name: 'stale bread',
          original: '2-3 slices stale bread',
        },
        { quantity: '1', unit: 'tbsp', name: 'olive oil', original: '1 tbsp olive oil' },
      ],
    });
    expect(Array.isArray(warnings)).toBe(true);
    const { imageUrl: _, ...input } = recipe;
    const saved = await alice.recipes.create(input);
    expect(saved.ingredients[1]).toMatchObject({
      quantityMax: '3',
      original: '2-3 slices stale bread',
    });
    expect(saved.stepGroups).toEqual([{ at: 0, title: 'Soup' }]);
  });

  it('reads a JSON-LD document as well as a page, and a page the browser sends', async () => {
    const alice = await signedIn();
    expect((await alice.imports.fromUrl({ url: siteUrl('/soup.jsonld') })).recipe.name).toBe(
      'Tomato & bread soup',
    );
    const sent = await alice.imports.fromHtml({
      html: withRecipe,
      url: 'https://example.org/soup',
    });
    expect(sent.recipe).toMatchObject({
      name: 'Tomato & bread soup',
      imageUrl: 'https://example.org/photos/soup.jpg',
    });
  });

  it('says clearly when a page has no recipe, and when a site blocks us', async () => {
    const alice = await signedIn();
    const none = await rejectionOf(alice.imports.fromUrl({ url: siteUrl('/about') }));
    expect(none).toMatchObject({ code: 'UNPROCESSABLE_CONTENT' });
    expect(none.message).toBe(
      'No recipe found on that page: it has no schema.org Recipe data or recipe markup we know',
    );
    const blocked = await rejectionOf(alice.imports.fromUrl({ url: siteUrl('/blocked') }));
    expect(blocked).toMatchObject({ code: 'UNPROCESSABLE_CONTENT' });
    expect(blocked.message).toMatch(/blocks automated requests.*bookmarklet/);
  });

  it('never reaches a private address, and names the field', async () => {
    const alice = await signedIn();
    const url = `http://127.0.0.1:${portOf(privateServer)}/soup`;
    const refused = await fieldErrorsOf(alice.imports.fromUrl({ url }));
    expect(refused.code).toBe('BAD_REQUEST');
    expect(refused.fieldErrors?.url?.[0]).toMatch(/private networks/);
    expect(
      (await fieldErrorsOf(alice.imports.fromUrl({ url: 'file:///etc/passwd' }))).fieldErrors?.url,
    ).toBeDefined();
    expect(privateHits).toBe(0);
  });

  it('refuses oversized pages and counts imports per person', async () => {
    const alice = await signedIn(2);
    const huge = await fieldErrorsOf(
      alice.imports.fromHtml({
        html: 'x'.repeat(10 * 1024 * 1024 + 1),
        url: 'https://example.org/',
      }),
    );
    expect(huge.fieldErrors?.html).toEqual(['The page is larger than 10 MB']);
    await alice.imports.fromHtml({ html: withRecipe, url: 'https://example.org/a' });
    await alice.imports.fromHtml({ html: withRecipe, url: 'https://example.org/b' });
    const limited = await rejectionOf(
      alice.imports.fromHtml({ html: withRecipe, url: 'https://example.org/c' }),
    );
    expect(limited.code).toBe('TOO_MANY_REQUESTS');
  });

  it('refuses a 60 MB page and a site that never answers within the time cap, and keeps serving', async () => {
    const alice = await signedIn();
    let started = performance.now();
    await expect(alice.imports.fromUrl({ url: siteUrl('/huge') })).rejects.toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
    });
    expect(performance.now() - started).toBeLessThan(2_000);
    started = performance.now();
    const silent = await rejectionOf(alice.imports.fromUrl({ url: siteUrl('/silent') }));
    expect(silent.code).toBe('UNPROCESSABLE_CONTENT');
    expect(silent.message).toMatch(/took too long/);
    // The cap is 2 s in these tests; the answer comes with it, not after the site gives up.
    expect(performance.now() - started).toBeLessThan(3_000);
    expect((await alice.imports.fromUrl({ url: siteUrl('/soup') })).recipe.name).toBe(
      'Tomato & bread soup',
    );
  });
});
