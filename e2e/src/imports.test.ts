import { readFile } from 'node:fs/promises';
import { createSaffronClient } from '@saffron/client';
import { mealieRecipeZip } from '@saffron/recipe-import/testing/fixtures';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './axe.ts';
import {
  e2e,
  e2eAvailable,
  newProfile,
  openBrowser,
  resetDatabase,
  screenshot,
  type ViewportName,
} from './browser.ts';
import { ADMIN, signIn } from './journeys.ts';
import { throttleUploads, watchProgress } from './recipe-steps.ts';
import { serveRecipeSite, soupName, type RecipeSite } from './recipe-site.ts';
import { restartApi } from './stack-control.ts';

/** A signed-in browser, its screens checked by axe and saved as pictures. */
async function signedIn(viewport: ViewportName, colorScheme: 'light' | 'dark' = 'light') {
  const opened = await openBrowser(await newProfile(), viewport, undefined, { colorScheme });
  await opened.page.goto('/login');
  await signIn(opened.page);
  const capture = async (page: Page, screen: string) => {
    await screenshot(page, `${screen}-${viewport}`);
    await expectAccessible(page, `${screen} (${viewport}, ${colorScheme})`);
  };
  return { ...opened, capture };
}

async function recipeNames() {
  const { token } = await createSaffronClient({ baseUrl: e2e().baseUrl }).auth.login.mutate({
    ...ADMIN,
    returnToken: true,
  });
  const api = createSaffronClient({ baseUrl: e2e().baseUrl, token });
  const { items } = await api.recipes.search.query({ limit: 100 });
  return items.map((item) => item.name);
}

/** A recipe with a long review the reader ignores: an upload that takes a few seconds. */
const largeRecipe = {
  '@context': 'https://schema.org',
  '@type': 'Recipe',
  name: 'Slow-cooked beans',
  recipeIngredient: ['400 g white beans', '1 onion'],
  recipeInstructions: 'Cook everything slowly.',
  keywords: 'beans',
  review: [{ '@type': 'Review', reviewBody: 'Lovely and slow. '.repeat(8_000) }],
};

const statusLine = (page: Page) => page.getByRole('status').filter({ hasText: /links?/ });

describe.runIf(e2eAvailable())('importing recipes in the browser', () => {
  let site: RecipeSite;

  beforeAll(async () => {
    await resetDatabase();
    await createSaffronClient({ baseUrl: e2e().baseUrl }).auth.setupAdmin.mutate(ADMIN);
    site = await serveRecipeSite(e2e().recipeSitePort);
  });
  afterAll(() => site?.close());

  it('Share → Saffron opens the preview of the shared link, even signed out, and saves it with its photo', async () => {
    const manifest = (await (await fetch(`${e2e().baseUrl}/manifest.webmanifest`)).json()) as {
      share_target?: unknown;
    };
    expect(manifest.share_target).toEqual({
      action: '/import',
      method: 'GET',
      enctype: 'application/x-www-form-urlencoded',
      params: { url: 'url', text: 'text', title: 'title' },
    });

    const { page } = await openBrowser(await newProfile(), 'phone', undefined, {
      colorScheme: 'dark',
    });
    // What a phone's share sheet opens: the link inside the text, after the page's title.
    const shared = new URLSearchParams({
      title: 'Soup!',
      text: `Look at this one ${site.url('/recipes/1')}`,
    });
    await page.goto(`/import?${shared.toString()}`);
    await page.waitForURL('**/login**');
    await page.getByLabel('Username').fill(ADMIN.username);
    await page.getByLabel('Password').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Sign in' }).click();

    await page.getByRole('heading', { level: 1, name: 'Review the imported recipe' }).waitFor();
    expect(await page.getByLabel('Name').inputValue()).toBe(soupName(1));
    expect(await page.getByLabel('Servings').inputValue()).toBe('4');
    await page
      .getByText(
        '3 ingredients · 2 steps · serves 4 · prep 10 min · cook 35 min · total 45 min · a photo',
      )
      .waitFor();
    await screenshot(page, 'import-preview-phone');
    await expectAccessible(page, 'import preview (phone, dark)');
    // The reader may be corrected before saving.
    await page.getByLabel('Name').fill('Tomato soup, ours');
    await page.getByRole('button', { name: 'Save recipe' }).click();

    await page.getByRole('heading', { level: 1, name: 'Tomato soup, ours' }).waitFor();
    await page.getByText('Soften the tomatoes in the oil.').waitFor();
    await page.locator('img[src*="/files/v1/attachments/"]').first().waitFor();
    expect(site.hits('/photos/1.png')).toBe(1);
  });

  it('names a site that blocks Saffron, and the bookmarklet brings its page in from the browser', async () => {
    const { context, page, capture } = await signedIn('desktop');
    await page.getByRole('link', { name: 'Import', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Import recipes' }).waitFor();
    await capture(page, 'import-hub');
    await page.getByLabel('Import a recipe from a web page').fill(site.url('/members/stew'));
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText(/blocks automated requests/).waitFor();
    await capture(page, 'import-error');

    await page.getByRole('link', { name: 'Save to Saffron bookmarklet' }).click();
    await page.waitForURL('**/account#bookmarklet');
    const bookmarklet = page.getByRole('link', { name: 'Save to Saffron', exact: true });
    const href = await bookmarklet.getAttribute('href');
    expect(href).toMatch(/^javascript:/);
    await capture(page, 'account-imports');

    // The person signs in on the recipe site, then clicks the bookmarklet on its page.
    const recipePage = await context.newPage();
    await recipePage.goto(site.url('/sign-in'));
    await recipePage.getByRole('heading', { name: 'Members-only stew' }).waitFor();
    await recipePage.evaluate((source) => {
      const link = Object.assign(document.createElement('a'), { href: source });
      link.textContent = 'Save to Saffron';
      document.body.append(link);
    }, href!);
    const [popup] = await Promise.all([
      context.waitForEvent('page'),
      recipePage.getByRole('link', { name: 'Save to Saffron' }).click(),
    ]);
    await popup.getByRole('heading', { level: 1, name: 'Review the imported recipe' }).waitFor();
    expect(await popup.getByLabel('Name').inputValue()).toBe('Members-only stew');
    expect(await popup.getByLabel('Source (web address)').inputValue()).toBe(
      site.url('/members/stew'),
    );
    await capture(popup, 'import-bookmarklet');
    await popup.getByRole('button', { name: 'Save recipe' }).click();
    await popup.getByRole('heading', { level: 1, name: 'Members-only stew' }).waitFor();
    expect(await recipeNames()).toContain('Members-only stew');
  });

  it('imports 20 links in the background, shows each one’s state, and survives an api restart and a reload', async () => {
    site.setDelay(1_000);
    const { page, capture } = await signedIn('desktop', 'dark');
    await page.goto('/import/links');
    const links = Array.from({ length: 20 }, (_, i) => site.url(`/recipes/${101 + i}`));
    await page
      .getByLabel('Links to recipe pages')
      .fill([...links, site.url('/recipes/1'), `see ${site.url('/about')}.`].join('\n'));
    await page.getByText('22 links found').waitFor();
    await capture(page, 'import-links');
    await page.getByRole('button', { name: 'Import 22 links' }).click();
    await page.waitForURL(/\/import\/links\?job=/);

    // Mid-job: some done, not all. The api is restarted as a deploy does it.
    await expect
      .poll(async () => Number(/^(\d+) of 22/.exec(await statusLine(page).innerText())?.[1]), {
        timeout: 30_000,
      })
      .toBeGreaterThan(0);
    const before = Number(/^(\d+) of 22/.exec(await statusLine(page).innerText())?.[1]);
    expect(before).toBeLessThan(22);
    await restartApi(e2e().controlUrl);
    await page.reload();

    await statusLine(page)
      .getByText('22 links: 20 imported, 1 already in your recipes, 1 failed')
      .waitFor({ timeout: 60_000 });
    const items = page.getByRole('list', { name: 'Links' });
    await items.getByRole('link', { name: soupName(120) }).waitFor();
    await items.getByText('Already in your recipes').waitFor();
    await items.getByText(/No recipe found on that page/).waitFor();
    await capture(page, 'import-links-done');
    await page
      .getByRole('region', { name: 'Recent imports' })
      .getByText('22 links: 20 imported, 1 already in your recipes, 1 failed')
      .waitFor({ timeout: 5_000 });

    const names = await recipeNames();
    for (let n = 101; n <= 120; n++)
      expect(
        names.filter((name) => name === soupName(n)),
        soupName(n),
      ).toHaveLength(1);
    site.setDelay(0);
  });

  it('moves in from another app with upload progress and a summary, and exports the collection and one recipe', async () => {
    const { context, page, capture } = await signedIn('phone');
    await page.goto('/account#moving-in');
    const upload = async (file: { name: string; mimeType: string; buffer: Buffer }) => {
      await page.getByLabel('Export file').setInputFiles(file);
      await page.getByRole('button', { name: 'Upload and import' }).click();
    };
    // A large schema.org file, uploaded slowly enough for its progress to be seen.
    const cdp = await context.newCDPSession(page);
    await throttleUploads(cdp, 32 * 1024);
    await upload({
      name: 'beans.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(largeRecipe)),
    });
    const progress = await watchProgress(page, 'beans.json');
    expect(
      progress.some((percent) => percent > 0 && percent < 100),
      progress.join(' '),
    ).toBe(true);
    await throttleUploads(cdp, -1);
    await page.getByRole('status').filter({ hasText: '1 recipe: 1 imported' }).waitFor();
    await page.getByRole('button', { name: 'Import another export' }).click();

    // Mealie's export, with its photo.
    await upload({
      name: 'mealie.zip',
      mimeType: 'application/zip',
      buffer: await mealieRecipeZip(),
    });
    await page
      .getByRole('status')
      .filter({ hasText: /1 recipe: 1 imported/ })
      .waitFor();
    const imported = page.getByRole('list', { name: 'Recipes in the archive' }).getByRole('link');
    const importedName = await imported.first().innerText();
    await capture(page, 'account-moving-in');

    const [zip] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Export all recipes' }).click(),
    ]);
    expect(zip.suggestedFilename()).toMatch(/^saffron-export-\d{4}-\d{2}-\d{2}\.zip$/);
    const bytes = await readFile(await zip.path());
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
    expect(bytes.includes(Buffer.from('recipes/members-only-stew-'))).toBe(true);

    await imported.first().click();
    await page.getByRole('heading', { level: 1, name: importedName }).waitFor();
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Copy as text' }).click();
    await page.getByText('Copied the recipe as text.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(importedName);
    const [jsonLd] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download JSON-LD' }).click(),
    ]);
    expect(jsonLd.suggestedFilename()).toMatch(/\.jsonld$/);
    const recipe = JSON.parse(await readFile(await jsonLd.path(), 'utf8')) as {
      '@type': string;
      name: string;
    };
    expect(recipe).toMatchObject({ '@type': 'Recipe', name: importedName });
  });
});
