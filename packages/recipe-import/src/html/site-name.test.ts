import { describe, expect, it } from 'vitest';
import { extractRecipe } from '../extract.ts';
import { htmlPage, jsonLd, PAGE_URL } from '../testing/html-page.ts';
import { withoutSiteName } from './site-name.ts';

const RECIPE = { '@type': 'Recipe', recipeIngredient: ['2 leeks'], recipeInstructions: 'Simmer.' };

function nameOf(head: string, body = ''): string {
  return extractRecipe(htmlPage({ head, body }), PAGE_URL).draft.name;
}

describe('withoutSiteName', () => {
  it('takes a leading or trailing part that is the site name off', () => {
    expect(withoutSiteName('Best Pancakes | Cook Book', ['Cook Book'])).toBe('Best Pancakes');
    expect(withoutSiteName('Cook Book – Best Pancakes', ['cook book'])).toBe('Best Pancakes');
    expect(withoutSiteName('Cook Book :: Pancakes - Sweet | COOKBOOK', ['Cook Book'])).toBe(
      'Pancakes - Sweet',
    );
  });

  it('keeps titles whose parts are not the site name, or that are nothing else', () => {
    expect(withoutSiteName('Pancakes - the Cook Book way', ['Cook Book'])).toBe(
      'Pancakes - the Cook Book way',
    );
    expect(withoutSiteName('Sweet-and-sour pork', ['pork'])).toBe('Sweet-and-sour pork');
    expect(withoutSiteName('Cook Book', ['Cook Book'])).toBe('Cook Book');
    expect(withoutSiteName('Cook Book | Cook Book', ['Cook Book'])).toBe('Cook Book | Cook Book');
  });
});

describe('the site name on a recipe title', () => {
  it('comes off when og:site_name states it', () => {
    const head = '<meta property="og:site_name" content="Leek &amp; Co">';
    expect(nameOf(head + jsonLd({ ...RECIPE, name: 'Leek soup | Leek & Co' }))).toBe('Leek soup');
  });

  it("comes off when the JSON-LD WebSite or the recipe's publisher names it", () => {
    const site = jsonLd({ '@type': 'WebSite', name: 'The Soup Pot' });
    expect(nameOf(site + jsonLd({ ...RECIPE, name: 'The Soup Pot - Leek soup' }))).toBe(
      'Leek soup',
    );
    const publisher = { '@type': 'Organization', name: 'Soup Daily' };
    expect(nameOf(jsonLd({ ...RECIPE, name: 'Leek soup — Soup Daily', publisher }))).toBe(
      'Leek soup',
    );
  });

  it("comes off when it is the host's name, and from the page title used in the data's stead", () => {
    // PAGE_URL is on cook.example.
    expect(nameOf(jsonLd({ ...RECIPE, name: 'Leek soup · Cook' }))).toBe('Leek soup');
    expect(nameOf(jsonLd(RECIPE), '<h1>Leek soup | cook.example</h1>')).toBe('Leek soup');
  });
});
