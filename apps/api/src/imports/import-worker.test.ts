import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { claimImportItems } from '@saffron/db';
import { NO_RECIPE_MESSAGE } from '@saffron/recipe-import';
import { useTestDb } from '@saffron/db/testing';
import { createSafeFetcher } from '@saffron/service';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, PASSWORD } from '../testing/accounts.ts';
import { createTestCaller, createTestDeps, fakeBrowser, silentLogger } from '../testing/context.ts';
import { createImportWorker } from './import-worker.ts';

const recipePage = (name: string) =>
  `<html><head><script type="application/ld+json">${JSON.stringify({
    '@type': 'Recipe',
    name,
    image: `/photos/${encodeURIComponent(name)}.jpg`,
    recipeIngredient: ['2 eggs', '1 cup milk'],
    recipeInstructions: 'Whisk. Fry.',
  })}</script></head><body></body></html>`;

describe('import worker', () => {
  const t = useTestDb();
  let site: Server;
  let fetches = 0;

  beforeAll(async () => {
    site = createServer((request, response) => {
      fetches += 1;
      const path = request.url ?? '/';
      if (path.startsWith('/recipe/')) {
        response.writeHead(200, { 'content-type': 'text/html' }).end(recipePage(path.slice(8)));
      } else response.writeHead(200, { 'content-type': 'text/html' }).end('<p>Nothing to cook</p>');
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => site.close());

  const url = (path: string) => `http://127.0.0.1:${(site.address() as AddressInfo).port}${path}`;

  async function setUp() {
    const fetcher = createSafeFetcher({
      allowedHosts: [`127.0.0.1:${(site.address() as AddressInfo).port}`],
      maxBytes: 1_000_000,
      timeoutMs: 2_000,
    });
    const deps = createTestDeps(t.db, { imports: { ...createTestDeps(t.db).imports, fetcher } });
    await createAccount(t.db, deps, 'alice', { apps: ['recipes'] });
    const browser = fakeBrowser();
    await createTestCaller(deps, browser.request()).auth.login({
      username: 'alice',
      password: PASSWORD,
    });
    const worker = () =>
      createImportWorker({ db: t.db, fetcher, logger: silentLogger, outbox: false });
    return { alice: createTestCaller(deps, browser.request()), worker };
  }

  const drain = async (worker: ReturnType<typeof createImportWorker>) => {
    while ((await worker.drainOnce()) > 0);
  };

  it('imports each link in the background, saying how each one went', async () => {
    const { alice, worker } = await setUp();
    const existing = await alice.recipes.create({ name: 'Old', sourceUrl: url('/recipe/Waffles') });
    const { id } = await alice.imports.startLinks({
      urls: [
        url('/recipe/Pancakes'),
        url('/about'),
        url('/recipe/Waffles'),
        url('/recipe/Pancakes'),
      ],
    });
    expect((await alice.imports.job({ id })).status).toBe('importing');
    await drain(worker());
    const job = await alice.imports.job({ id });
    expect(job.status).toBe('done');
    expect(job.counts).toMatchObject({ imported: 1, failed: 1, duplicate: 1, queued: 0 });
    expect(job.items).toMatchObject([
      { position: 0, status: 'imported', name: 'Pancakes' },
      { position: 1, status: 'failed', reason: NO_RECIPE_MESSAGE },
      { position: 2, status: 'duplicate', recipeId: existing.id },
    ]);
    const pancakes = await alice.recipes.byId({ id: job.items[0]!.recipeId! });
    expect(pancakes).toMatchObject({
      sourceUrl: url('/recipe/Pancakes'),
      ingredients: [
        { quantity: '2', name: 'eggs' },
        { quantity: '1', unit: 'cup', name: 'milk' },
      ],
    });
    const photos = await t.db
      .selectFrom('attachment_imports')
      .select(['recipe_id', 'source_url'])
      .execute();
    expect(photos).toEqual([{ recipe_id: pancakes.id, source_url: url('/photos/Pancakes.jpg') }]);
    expect((await alice.imports.jobs()).map((each) => each.id)).toEqual([id]);
  });

  it('neither loses nor doubles a recipe when a worker dies mid-job or two work at once', async () => {
    const { alice, worker } = await setUp();
    const names = Array.from({ length: 12 }, (_, i) => `Dish-${i}`);
    const { id } = await alice.imports.startLinks({
      urls: names.map((name) => url(`/recipe/${name}`)),
    });
    // A worker takes three items and dies: with no lease left, they come back at once.
    expect(await claimImportItems(t.db, { limit: 3, leaseSeconds: 0 })).toHaveLength(3);
    fetches = 0;
    await Promise.all([drain(worker()), drain(worker())]);
    const job = await alice.imports.job({ id });
    expect(job).toMatchObject({ status: 'done', counts: { imported: 12, queued: 0 } });
    const saved = await t.db
      .selectFrom('recipes')
      .select('name')
      .where('name', 'like', 'Dish-%')
      .execute();
    expect(saved.map((row) => row.name).toSorted()).toEqual(names.toSorted());
    expect(fetches).toBe(12);
  });

  it('shows a job only to its owner', async () => {
    const { alice } = await setUp();
    const { id } = await alice.imports.startLinks({ urls: [url('/about')] });
    const deps = createTestDeps(t.db);
    await createAccount(t.db, deps, 'bob', { apps: ['recipes'] });
    const browser = fakeBrowser();
    await createTestCaller(deps, browser.request()).auth.login({
      username: 'bob',
      password: PASSWORD,
    });
    await expect(
      createTestCaller(deps, browser.request()).imports.job({ id }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
