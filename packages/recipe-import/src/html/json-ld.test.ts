import { describe, expect, it } from 'vitest';
import { extractRecipe } from '../extract.ts';
import { htmlPage, jsonLd, PAGE_URL } from '../testing/html-page.ts';

const RECIPE = {
  '@type': 'Recipe',
  name: 'Leek soup',
  recipeIngredient: ['2 leeks'],
  recipeInstructions: 'Simmer.',
};

function nameFrom(head: string): string {
  const result = extractRecipe(htmlPage({ head }), PAGE_URL);
  expect(result.source).toBe('json-ld');
  return result.draft.name;
}

describe('JSON-LD', () => {
  it.each([
    ['a lone object', jsonLd({ '@context': 'https://schema.org', ...RECIPE })],
    ['an array', jsonLd([{ '@type': 'WebSite', name: 'Site' }, RECIPE])],
    [
      'an @graph',
      jsonLd({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage' }, RECIPE] }),
    ],
    ['mainEntity', jsonLd({ '@type': 'WebPage', mainEntity: RECIPE })],
    ['mainEntityOfPage', jsonLd({ '@type': 'WebPage', mainEntityOfPage: RECIPE })],
    ['a type array', jsonLd({ ...RECIPE, '@type': ['Recipe', 'NewsArticle'] })],
    ['a full IRI', jsonLd({ ...RECIPE, '@type': 'http://schema.org/Recipe' })],
    ['a later block', jsonLd({ '@type': 'Organization', name: 'Site' }) + jsonLd(RECIPE)],
    [
      'broken JSON',
      jsonLd(
        '<!-- {"@type": "Recipe", "name": "Leek soup",\n"recipeIngredient": ["2 leeks",],} -->',
      ),
    ],
    [
      'a type with parameters',
      `<script type="application/ld+json; charset=utf-8">${JSON.stringify(RECIPE)}</script>`,
    ],
  ])('finds the recipe in %s', (_, head) => {
    expect(nameFrom(head)).toBe('Leek soup');
  });

  it('skips blocks that are not JSON and takes the fullest recipe', () => {
    const teaser = { '@type': 'Recipe', name: 'Other soup' };
    expect(nameFrom(jsonLd('not json at all') + jsonLd(teaser) + jsonLd(RECIPE))).toBe('Leek soup');
  });

  it('stays bounded on deeply nested JSON', () => {
    const deep = '{"a":'.repeat(5_000) + '1' + '}'.repeat(5_000);
    expect(() => extractRecipe(htmlPage({ head: jsonLd(deep) }), PAGE_URL)).toThrow(
      /No recipe found/,
    );
  });
});
