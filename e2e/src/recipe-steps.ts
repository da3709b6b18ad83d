import type { CDPSession, Page } from 'playwright-core';
import { expect } from 'vitest';

export const RECIPE = {
  name: 'Chicken tikka masala',
  ingredients: [
    ['500', 'g', 'chicken thighs'],
    ['2', 'tbsp', 'garam masala'],
    ['400', 'ml', 'passata'],
  ],
  step: 'Marinate the chicken, grill it, then simmer it in the sauce.',
} as const;

/** The new-recipe form, filled in as a person would: three ingredient rows and a step. */
export async function fillNewRecipe(page: Page): Promise<void> {
  await page.getByLabel('Name').fill(RECIPE.name);
  await page.getByLabel('Servings').fill('4');
  for (const [i, [amount, unit, name]] of RECIPE.ingredients.entries()) {
    await page.getByLabel('Amount').nth(i).fill(amount);
    await page.getByLabel('Unit').nth(i).fill(unit);
    await page.getByLabel('Ingredient', { exact: true }).nth(i).fill(name);
  }
  await page.getByLabel('Step 1', { exact: true }).fill(RECIPE.step);
}

/** Pasted under the typed rows: a heading line, a range and a mixed number. */
export const PASTED = ['For the marinade:', '2-3 cloves garlic, crushed', '1 1/2 cups yogurt'];

/** The paste box: lines in, a preview grouped under the heading, rows added to the form. */
export async function pasteIngredients(page: Page, capture: (screen: string) => Promise<void>) {
  await page.getByRole('button', { name: 'Paste a list' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste ingredients' });
  await dialog.getByRole('textbox').fill(PASTED.join('\n'));
  const preview = dialog.getByRole('list', { name: 'Preview' });
  await expect.poll(() => preview.innerText()).toContain('For the marinade');
  expect(await preview.innerText()).toMatch(/2–3 cloves\s+garlic, crushed/);
  await capture('recipe-paste');
  await dialog.getByRole('button', { name: 'Add 2 rows' }).click();
  await page.getByRole('region', { name: 'Group For the marinade' }).waitFor();
}

/** The pasted rows on the recipe page: under their heading, the range as a cook writes it. */
export async function expectMarinade(page: Page, garlic: string, yogurt: string) {
  await page.getByRole('heading', { level: 3, name: 'For the marinade' }).waitFor();
  const group = page.getByRole('list', { name: 'For the marinade' });
  await expect.poll(() => group.innerText()).toMatch(new RegExp(`${garlic}\\s+garlic, crushed`));
  expect(await group.innerText()).toMatch(new RegExp(`${yogurt}\\s+yogurt`));
}

/** Real files made by the browser itself: a PNG of the page, and a PDF of it. */
export async function sampleFiles(page: Page) {
  return [
    { name: 'tikka.png', mimeType: 'image/png', buffer: await page.screenshot({ type: 'png' }) },
    { name: 'recipe-card.pdf', mimeType: 'application/pdf', buffer: await page.pdf() },
  ];
}

/** The picture is on screen from its thumbnail, fully loaded. */
export async function expectThumbnail(page: Page, filename: string): Promise<void> {
  const image = page.getByRole('img', { name: filename });
  await expect
    .poll(
      () =>
        image.evaluate(
          (img: HTMLImageElement) =>
            img.complete && img.naturalWidth > 0 && img.currentSrc.endsWith('/thumbnail'),
        ),
      { timeout: 20_000, interval: 250 },
    )
    .toBe(true);
}

/** Watches an upload's progress bar until it is gone, and says which values it showed. */
/** Uploads slowed to a crawl, so the progress bars are there to be seen (-1: full speed). */
export async function throttleUploads(cdp: CDPSession, bytesPerSecond: number) {
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: bytesPerSecond,
  });
}

export async function watchProgress(page: Page, filename: string): Promise<number[]> {
  const bar = page.getByRole('progressbar', { name: `Uploading ${filename}` });
  await bar.waitFor();
  const seen = new Set<number>();
  while (await bar.count()) {
    const value = await bar.getAttribute('aria-valuenow', { timeout: 1_000 }).catch(() => null);
    if (value !== null) seen.add(Number(value));
    await page.waitForTimeout(50);
  }
  return [...seen];
}

/** Every search term the page asks the api for, as it asks (batched tRPC GETs included). */
export function recordSearches(page: Page): string[] {
  const terms: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!url.pathname.includes('recipes.search')) return;
    const calls = JSON.parse(url.searchParams.get('input') ?? '{}') as Record<
      string,
      { json?: { q?: string } }
    >;
    for (const call of Object.values(calls)) terms.push(call.json?.q ?? '');
  });
  return terms;
}
