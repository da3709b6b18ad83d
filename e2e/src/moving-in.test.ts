import { createHash } from 'node:crypto';
import { createSaffronClient, type SaffronClient } from '@saffron/client';
import {
  mealieBackupZip,
  mealieRecipeZip,
  nextcloudZip,
  paprikaExportZip,
  schemaOrgZip,
  tandoorExportZip,
} from '@saffron/recipe-import/testing/fixtures';
import { FILES_PREFIX } from '@saffron/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { e2e, e2eAvailable, resetDatabase } from './browser.ts';

const PASSWORD = 'correct horse battery staple';
const sha256 = (bytes: ArrayBuffer) =>
  createHash('sha256').update(Buffer.from(bytes)).digest('hex');

interface Account {
  api: SaffronClient;
  token: string;
}

/** The api and files service as processes, through the web app's proxy, with a bearer token. */
async function signIn(username: string): Promise<Account> {
  const { token } = await createSaffronClient({ baseUrl: e2e().baseUrl }).auth.login.mutate({
    username,
    password: PASSWORD,
    returnToken: true,
  });
  return { api: createSaffronClient({ baseUrl: e2e().baseUrl, token }), token: token! };
}

function files(account: Account, path: string, init: RequestInit = {}) {
  const headers = new Headers(init.headers);
  headers.set('authorization', `Bearer ${account.token}`);
  return fetch(`${e2e().baseUrl}${FILES_PREFIX}${path}`, { ...init, headers });
}

function upload(account: Account, path: string, name: string, bytes: Buffer | Uint8Array) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), name);
  return files(account, path, { method: 'POST', body: form });
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 60_000) {
  for (const deadline = Date.now() + timeoutMs; ;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`not done in time: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Uploads an export and waits until every recipe in it is imported and has its photos. */
async function importArchive(account: Account, name: string, bytes: Buffer | Uint8Array) {
  const accepted = await upload(account, '/imports', name, bytes);
  expect(accepted.status, await accepted.clone().text()).toBe(202);
  const { id } = (await accepted.json()) as { id: string };
  const job = await until(
    () => account.api.imports.job.query({ id }),
    (value) => value.status === 'done' || value.status === 'failed',
  );
  expect(job.status, job.error ?? '').toBe('done');
  return job;
}

const recipesOf = async (account: Account) => {
  const { items } = await account.api.recipes.search.query({ limit: 100 });
  return Promise.all(items.map((item) => account.api.recipes.byId.query({ id: item.id })));
};

describe.runIf(e2eAvailable())('moving in: exports of other apps, and Saffron’s own', () => {
  let alice: Account;
  let bob: Account;

  beforeAll(async () => {
    await resetDatabase();
    const anonymous = createSaffronClient({ baseUrl: e2e().baseUrl });
    await anonymous.auth.setupAdmin.mutate({ username: 'alice', password: PASSWORD });
    alice = await signIn('alice');
    await alice.api.admin.users.create.mutate({ username: 'bob', password: PASSWORD });
    bob = await signIn('bob');
  });

  it('imports each app’s export with its recipes, ingredients, tags and photos', async () => {
    const fixtures: [string, () => Promise<Buffer>][] = [
      ['mealie-recipe.zip', mealieRecipeZip],
      ['mealie-backup.zip', mealieBackupZip],
      ['tandoor.zip', tandoorExportZip],
      ['export.paprikarecipes', paprikaExportZip],
      ['nextcloud.zip', nextcloudZip],
      ['schema-org.zip', schemaOrgZip],
    ];
    for (const [name, build] of fixtures) {
      const before = (await recipesOf(bob)).length;
      const job = await importArchive(bob, name, await build());
      expect(job.counts.imported, name).toBeGreaterThan(0);
      const imported = await until(
        () => recipesOf(bob),
        (recipes) =>
          recipes.length === before + job.counts.imported &&
          recipes.every((recipe) => recipe.attachments.length > 0),
      );
      for (const recipe of imported) {
        expect(recipe.ingredients.length, `${name}: ${recipe.name}`).toBeGreaterThan(0);
        expect(
          recipe.ingredients.every((row) => row.original),
          name,
        ).toBe(true);
        expect(recipe.tags.length, `${name}: ${recipe.name}`).toBeGreaterThan(0);
        expect(recipe.steps.length, `${name}: ${recipe.name}`).toBeGreaterThan(0);
      }
    }
  });

  it('exports a collection that another account imports as the same recipes, byte for byte', async () => {
    const soup = await alice.api.recipes.create.mutate({
      name: 'Lentil soup',
      description: 'Warming.',
      servings: 4,
      totalMinutes: 50,
      yieldText: '4 bowls',
      tags: ['soup', 'winter'],
      steps: ['Soften the onion.', 'Simmer the lentils.'],
      stepGroups: [{ at: 1, title: 'Soup' }],
      ingredients: [
        {
          quantity: '1',
          name: 'onion',
          size: 'large',
          preparation: 'chopped',
          original: '1 large onion, chopped',
        },
        {
          quantity: '2',
          quantityMax: '3',
          unit: 'cup',
          name: 'red lentils',
          group: 'Soup',
          original: '2-3 cups red lentils',
        },
      ],
    });
    const photo = new Uint8Array(
      await (
        await fetch(
          'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
        )
      ).arrayBuffer(),
    );
    expect((await upload(alice, `/recipes/${soup.id}/attachments`, 'soup.png', photo)).status).toBe(
      201,
    );
    await alice.api.recipes.create.mutate({
      name: 'Toast',
      steps: ['Toast it.'],
      ingredients: [{ name: 'bread' }],
    });
    const exported = await files(alice, '/export');
    expect(exported.status).toBe(200);
    const zip = new Uint8Array(await exported.arrayBuffer());

    const before = new Set((await recipesOf(bob)).map((recipe) => recipe.id));
    await importArchive(bob, 'saffron-export.zip', zip);
    const strip = (recipe: Awaited<ReturnType<typeof recipesOf>>[number]) => {
      const { id: _, createdAt: __, updatedAt: ___, attachments, ...rest } = recipe;
      return {
        ...rest,
        attachments: attachments.map(({ filename, contentType, size }) => ({
          filename,
          contentType,
          size,
        })),
      };
    };
    const theirs = await until(
      async () => (await recipesOf(bob)).filter((recipe) => !before.has(recipe.id)),
      (recipes) =>
        recipes.length === 2 && recipes.some((recipe) => recipe.attachments.length === 1),
    );
    const ours = await recipesOf(alice);
    const byName = (list: typeof ours) =>
      Object.fromEntries(list.map((recipe) => [recipe.name, strip(recipe)]));
    expect(byName(theirs)).toEqual(byName(ours));
    const download = async (account: Account, recipes: typeof ours) => {
      const attachment = recipes.find((recipe) => recipe.name === 'Lentil soup')!.attachments[0]!;
      return sha256(await (await files(account, `/attachments/${attachment.id}`)).arrayBuffer());
    };
    expect(await download(bob, theirs)).toBe(await download(alice, ours));
  });
});
