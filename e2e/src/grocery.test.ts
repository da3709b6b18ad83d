import { trpcData, trpcMutation, trpcPath, trpcResult } from '@saffron/service/testing';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  e2e,
  e2eAvailable,
  newProfile,
  openBrowser,
  resetDatabase,
  screenshot,
} from './browser.ts';
import { ADMIN } from './journeys.ts';

/** The first account, made over the api: this suite is about the grocery app, not setup. */
async function createAdmin(): Promise<void> {
  const { baseUrl } = e2e();
  await trpcResult(await trpcMutation(baseUrl, 'auth.setupAdmin', ADMIN, { origin: baseUrl }));
}

async function signIn(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Saffron username').fill(ADMIN.username);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await waitForConnection(page, 'live');
}

const waitForConnection = (page: Page, state: 'live' | 'offline') =>
  page.locator(`[data-connection="${state}"]`).waitFor();

const row = (page: Page, name: string) =>
  page
    .getByRole('listitem')
    .filter({ has: page.locator('span.text-lg', { hasText: new RegExp(`^${name}$`) }) });
const ticked = (page: Page, name: string) => row(page, name).getByRole('checkbox').isChecked();

async function add(page: Page, line: string): Promise<void> {
  await page.getByLabel('Add an item').fill(line);
  await page.getByRole('button', { name: 'Add', exact: true }).click();
}

/** What the server holds, read over the api: the truth both pages must agree with. */
async function serverList(page: Page) {
  const response = await page.request.get(trpcPath('grocery.list'));
  const list = trpcData<{ items: { name: string; checked: boolean }[] }>(await response.json());
  return list.items.map((item) => `${item.name}${item.checked ? ' ✓' : ''}`).sort();
}

async function visibleList(page: Page) {
  const names = await page.locator('li label span.text-lg').allInnerTexts();
  const states = await page
    .locator('li input[type="checkbox"]')
    .evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).checked));
  return names.map((name, i) => `${name}${states[i] ? ' ✓' : ''}`).sort();
}

describe.runIf(e2eAvailable())('the grocery app in the browser', () => {
  beforeAll(async () => {
    await resetDatabase();
    await createAdmin();
  });

  it("shows each device's changes on the other live, and replays offline changes without losing or reviving anything", async () => {
    const shop = await openBrowser(await newProfile(), 'phone', e2e().groceryUrl);
    const home = await openBrowser(await newProfile(), 'phone', e2e().groceryUrl);
    await signIn(shop.page);
    await signIn(home.page);

    await add(home.page, '2 l milk');
    await add(home.page, 'bread');
    // A range is kept through the sum: 2–3 eggs and 2 more are 4–5, on both phones.
    await add(home.page, '2-3 eggs');
    await add(home.page, '2 eggs');
    await add(home.page, 'coffee');
    await row(shop.page, 'milk').waitFor();
    await row(shop.page, 'coffee').waitFor();
    await expect.poll(() => row(home.page, 'eggs').innerText()).toContain('4–5');
    await expect.poll(() => row(shop.page, 'eggs').innerText()).toContain('4–5');
    await screenshot(shop.page, 'grocery-phone');

    await row(shop.page, 'milk').getByRole('checkbox').check();
    await expect.poll(() => ticked(home.page, 'milk')).toBe(true);

    // In the shop with no signal.
    await shop.context.setOffline(true);
    await waitForConnection(shop.page, 'offline');
    await row(shop.page, 'bread').getByRole('checkbox').check();
    await row(shop.page, 'coffee').getByRole('checkbox').check();
    await add(shop.page, '250 g butter');
    await add(shop.page, '500 ml milk');
    // Read on the phone itself, range and all, and sent as such once back online.
    await add(shop.page, '1-2 lemons');
    await expect.poll(() => row(shop.page, 'lemons').innerText()).toContain('1–2');
    await screenshot(shop.page, 'grocery-offline-phone');
    // Meanwhile at home: coffee is crossed off the list for good, eggs get ticked.
    await row(home.page, 'coffee').getByRole('button', { name: 'Remove coffee' }).click();
    await row(home.page, 'eggs').getByRole('checkbox').check();
    await expect.poll(() => row(home.page, 'coffee').count()).toBe(0);

    await shop.context.setOffline(false);
    await waitForConnection(shop.page, 'live');
    await expect.poll(() => shop.page.getByRole('status').innerText()).toBe('Up to date');

    const expected = [
      '250 g butter'.replace('250 g ', ''),
      'bread ✓',
      'eggs ✓',
      'lemons',
      'milk ✓',
      'milk',
    ].sort();
    await expect.poll(() => serverList(home.page)).toEqual(expected);
    await expect.poll(() => visibleList(shop.page)).toEqual(expected);
    await expect.poll(() => visibleList(home.page)).toEqual(expected);
    await expect.poll(() => row(home.page, 'lemons').innerText()).toContain('1–2');
    await shop.context.close();
    await home.context.close();
  });
});
