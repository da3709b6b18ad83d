import { describe, expect, it } from 'vitest';
import { expectAccessible } from './axe.ts';
import {
  e2eAvailable,
  newProfile,
  openBrowser,
  resetDatabase,
  screenshot,
  type ViewportName,
} from './browser.ts';
import { createFirstAdmin, signIn, signOut } from './journeys.ts';
import {
  expectMarinade,
  expectThumbnail,
  fillNewRecipe,
  pasteIngredients,
  RECIPE,
  recordSearches,
  sampleFiles,
  throttleUploads,
  watchProgress,
} from './recipe-steps.ts';

describe.runIf(e2eAvailable())('the recipe journey in the browser', () => {
  const journeys: [ViewportName, 'light' | 'dark'][] = [
    ['phone', 'dark'],
    ['desktop', 'light'],
  ];
  for (const [viewport, colorScheme] of journeys) {
    it(`first admin, sign in, create with pasted groups and ranges, a photo and a PDF, scale, typo search, open, edit, delete: ${viewport}, ${colorScheme}`, async () => {
      await resetDatabase();
      const { context, page } = await openBrowser(await newProfile(), viewport, undefined, {
        colorScheme,
      });
      /** Every main screen is saved as a picture and checked by axe. */
      const capture = async (screen: string) => {
        await screenshot(page, `${screen}-${viewport}`);
        await expectAccessible(page, `${screen} (${viewport}, ${colorScheme})`);
      };

      await createFirstAdmin(page);
      await page.getByText('No recipes yet').waitFor();
      await capture('search-empty');
      await signOut(page);
      await capture('login');
      await signIn(page);

      // On a desktop the keyboard does it: "n" starts a new recipe.
      if (viewport === 'desktop') await page.keyboard.press('n');
      else await page.getByRole('link', { name: 'New recipe' }).first().click();
      await fillNewRecipe(page);
      await pasteIngredients(page, capture);
      const files = await sampleFiles(page);
      await page.getByLabel('Add photos or files').setInputFiles(files);
      await page.getByRole('list', { name: 'Files to upload' }).getByText('tikka.png').waitFor();
      await capture('recipe-new');

      const cdp = await context.newCDPSession(page);
      await throttleUploads(cdp, 32 * 1024);
      await page.getByRole('button', { name: 'Save recipe' }).click();
      await page.getByRole('heading', { level: 1, name: RECIPE.name }).waitFor();
      const progress = await watchProgress(page, 'tikka.png');
      expect(
        progress.some((percent) => percent > 0 && percent < 100),
        progress.join(' '),
      ).toBe(true);
      await throttleUploads(cdp, -1);
      await expectThumbnail(page, 'tikka.png');
      await page.getByRole('list', { name: 'Files' }).getByText('recipe-card.pdf').waitFor();
      await expectMarinade(page, '2–3 cloves', '1½ cups');
      await capture('recipe');
      // Twice the servings: every amount follows, both ends of the range too.
      for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'More servings' }).click();
      await page.getByRole('group', { name: 'Servings' }).getByText('8 servings').waitFor();
      await expectMarinade(page, '4–6 cloves', '3 cups');
      expect(await page.getByRole('region', { name: 'Ingredients' }).innerText()).toContain(
        '1000 g',
      );

      const searchBox = page.getByRole('searchbox', { name: 'Search your recipes' });
      if (viewport === 'desktop') {
        // Esc closes the open recipe; "/" puts the cursor in the search box.
        await page.keyboard.press('Escape');
        await page.waitForURL((url) => url.pathname === '/');
        await page.keyboard.press('/');
        await expect
          .poll(() => searchBox.evaluate((box) => box === document.activeElement))
          .toBe(true);
        const searches = recordSearches(page);
        await page.keyboard.type('chiken tika');
        await expect.poll(() => searches.includes('chiken tika')).toBe(true);
        // Typed in one go: the search waits for a pause instead of asking once per key.
        expect(searches.length, searches.join(' | ')).toBeLessThan(4);
      } else {
        await page.getByRole('link', { name: 'Saffron', exact: true }).click();
        await searchBox.fill('chiken tika');
      }
      const result = page.getByRole('list', { name: 'Recipes' }).getByRole('link', {
        name: new RegExp(RECIPE.name),
      });
      await result.waitFor();
      await page.locator('[aria-label="Recipes"]:not([aria-busy])').waitFor();
      await capture('search-results');
      await result.click();
      await expectThumbnail(page, 'tikka.png');

      await page.getByRole('link', { name: 'Edit', exact: true }).click();
      await page.getByLabel('Name').fill(`${RECIPE.name} (mild)`);
      await capture('recipe-edit');
      await page.getByRole('button', { name: 'Save changes' }).click();
      await page.getByRole('heading', { level: 1, name: `${RECIPE.name} (mild)` }).waitFor();

      await page.getByRole('button', { name: 'Delete', exact: true }).click();
      await page.getByRole('dialog').waitFor();
      await capture('recipe-delete');
      await page.getByRole('button', { name: 'Delete recipe', exact: true }).click();
      await page.waitForURL((url) => url.pathname === '/');
      await page.getByText('No recipes yet').waitFor();
      await context.close();
    });
  }
});
