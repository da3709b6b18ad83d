import { trpcBody, trpcData, trpcPath } from '@saffron/service/testing';
import { FILES_PREFIX } from '@saffron/shared';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './axe.ts';
import { e2e, e2eAvailable, newProfile, openBrowser, resetDatabase } from './browser.ts';
import { ADMIN, createFirstAdmin, expectSignedIn, signOut } from './journeys.ts';
import { expectThumbnail } from './recipe-steps.ts';

const SECOND = { username: 'lodger', password: 'another horse battery staple' };

/** Everything this origin keeps on the device, as one string to search for a person's traces. */
function deviceData(page: Page) {
  return page.evaluate(async () => {
    const caches_ = await Promise.all(
      (await caches.keys()).map(async (name) => ({
        name,
        urls: (await (await caches.open(name)).keys()).map((request) => request.url),
      })),
    );
    return {
      localStorage: Object.entries(localStorage),
      runtimeCaches: caches_.filter(({ name }) => !name.startsWith('workbox-precache')),
      databases: await Promise.all(
        (await indexedDB.databases()).map(
          ({ name }) =>
            new Promise<{ name: string; records: unknown[] }>((resolve, reject) => {
              const opening = indexedDB.open(name!);
              opening.onerror = () => reject(opening.error!);
              opening.onsuccess = () => {
                const database = opening.result;
                const stores = [...database.objectStoreNames];
                const records: unknown[] = [];
                if (stores.length === 0) return resolve({ name: name!, records });
                const reading = database.transaction(stores);
                for (const store of stores) {
                  const all = reading.objectStore(store).getAll();
                  all.onsuccess = () => records.push(...(all.result as unknown[]));
                }
                reading.oncomplete = () => resolve({ name: name!, records });
              };
            }),
        ),
      ),
    };
  });
}

const groceryRow = (page: Page, name: string) =>
  page.getByRole('listitem').filter({ hasText: name });

async function addToGroceries(page: Page, line: string) {
  await page.getByLabel('Add an item').fill(line);
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await groceryRow(page, line).waitFor();
}

describe.runIf(e2eAvailable())('signing out on a shared device', () => {
  it("leaves the next person nothing of the first one's grocery list, offline queue or thumbnails", async () => {
    await resetDatabase();
    const { baseUrl } = e2e();
    const { context, page } = await openBrowser(await newProfile(), 'phone');
    await createFirstAdmin(page);
    const json = { origin: baseUrl, 'content-type': 'application/json' };
    const second = await page.request.post(trpcPath('admin.users.create'), {
      headers: json,
      data: trpcBody(SECOND),
    });
    expect(second.status()).toBe(200);
    const created = await page.request.post(trpcPath('recipes.create'), {
      headers: json,
      data: trpcBody({ name: 'Saffron buns', steps: ['Bake.'], ingredients: [] }),
    });
    const { id } = trpcData<{ id: string }>(await created.json());
    const photo = await page.request.post(`${FILES_PREFIX}/recipes/${id}/attachments`, {
      headers: { origin: baseUrl },
      multipart: {
        file: { name: 'buns.png', mimeType: 'image/png', buffer: await page.screenshot() },
      },
    });
    expect(photo.status()).toBe(201);

    // The thumbnail goes through the service worker into its cache, as on any visit.
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? 'none'))
      .toBe('activated');
    await page.goto(`/recipes/${id}`);
    await expectThumbnail(page, 'buns.png');
    await expect
      .poll(async () => (await deviceData(page)).runtimeCaches.flatMap(({ urls }) => urls))
      .toContainEqual(expect.stringMatching(/\/thumbnail$/));

    // The grocery list on the same origin: one item sent, one queued offline and never sent.
    const grocery = await context.newPage();
    await grocery.goto('/grocery/');
    await grocery.locator('[data-connection="live"]').waitFor();
    await addToGroceries(grocery, 'saffron threads');
    await context.setOffline(true);
    await grocery.locator('[data-connection="offline"]').waitFor();
    await addToGroceries(grocery, 'pearl sugar');
    await grocery.close();
    await context.setOffline(false);
    const before = JSON.stringify(await deviceData(page));
    expect(before).toContain('pearl sugar');
    expect(before).toContain('saffron threads');

    await signOut(page);
    const after = await deviceData(page);
    expect(after.runtimeCaches.flatMap(({ urls }) => urls)).toEqual([]);
    expect(after.databases.flatMap(({ records }) => records)).toEqual([]);
    for (const trace of ['saffron threads', 'pearl sugar', '/thumbnail', ADMIN.username]) {
      expect(JSON.stringify(after), trace).not.toContain(trace);
    }

    // The next person on the device.
    await page.getByLabel('Username').fill(SECOND.username);
    await page.getByLabel('Password').fill(SECOND.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expectSignedIn(page, SECOND.username);
    await page.getByText('Saffron buns').waitFor({ state: 'detached' });
    const lodgers = await context.newPage();
    await lodgers.goto('/grocery/');
    await lodgers.locator('[data-connection="live"]').waitFor();
    expect(await lodgers.getByRole('listitem').count()).toBe(0);
    await addToGroceries(lodgers, 'oat milk');
    await expectAccessible(lodgers, 'grocery list with sign-out');

    // Signing out of the grocery app itself ends the session and clears the device too.
    await lodgers.getByRole('button', { name: 'Sign out' }).click();
    await lodgers.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(JSON.stringify(await deviceData(lodgers))).not.toContain('oat milk');
    const me = await lodgers.request.get(trpcPath('auth.me'));
    expect(me.status()).toBe(401);
    await context.close();
  });
});
