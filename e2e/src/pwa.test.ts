import { trpcBody, trpcData, trpcPath } from '@saffron/service/testing';
import { describe, expect, it } from 'vitest';
import {
  e2e,
  e2eAvailable,
  newProfile,
  openBrowser,
  resetDatabase,
  screenshot,
} from './browser.ts';
import { createFirstAdmin } from './journeys.ts';

describe.runIf(e2eAvailable())('the installable, offline-capable web app', () => {
  it('meets the install criteria, and shows a recipe viewed online after an offline reload', async () => {
    await resetDatabase();
    const { context, page } = await openBrowser(await newProfile(), 'phone');
    await createFirstAdmin(page);
    // A recipe made through the API with this browser's session, as a script would.
    const created = await page.request.post(trpcPath('recipes.create'), {
      headers: { origin: e2e().baseUrl, 'content-type': 'application/json' },
      data: trpcBody({
        name: 'Lemon drizzle cake',
        servings: 8,
        ingredients: [{ quantity: '225', unit: 'g', name: 'self-raising flour' }],
        steps: ['Beat, bake, drizzle.'],
      }),
    });
    expect(created.status()).toBe(200);
    const { id } = trpcData<{ id: string }>(await created.json());

    await page.goto(`/recipes/${id}`);
    await page.getByRole('heading', { level: 1, name: 'Lemon drizzle cake' }).waitFor();
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? 'none'))
      .toBe('activated');

    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    const manifest = await cdp.send('Page.getAppManifest');
    expect(manifest.errors).toEqual([]);
    expect(JSON.parse(manifest.data ?? '{}')).toMatchObject({
      display: 'standalone',
      start_url: '/',
    });

    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Lemon drizzle cake' }).waitFor();
    await page.getByText('self-raising flour').waitFor();
    await page.getByRole('status').filter({ hasText: 'Offline' }).waitFor();
    await screenshot(page, 'recipe-offline-phone');

    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByRole('button', { name: 'Delete recipe', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'Offline' }).first().waitFor();
    await page.getByRole('heading', { level: 1, name: 'Lemon drizzle cake' }).waitFor();
    await context.setOffline(false);
    await context.close();
  });
});
