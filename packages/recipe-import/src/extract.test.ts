import { AppError } from '@saffron/shared';
import { describe, expect, it } from 'vitest';
import { expectLinearTime } from './testing/linear.ts';
import { NO_RECIPE_MESSAGE, NoRecipeFoundError } from './errors.ts';
import { extractRecipe } from './extract.ts';
import { htmlPage, jsonLd, PAGE_URL } from './testing/html-page.ts';

const RECIPE = {
  '@type': 'Recipe',
  name: 'Leek soup',
  recipeIngredient: ['2 leeks'],
  recipeInstructions: ['Simmer.'],
};

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('nothing was thrown');
}

describe('extractRecipe', () => {
  it('throws NoRecipeFoundError, a 422 AppError, on a page without a recipe', () => {
    const error = thrown(() =>
      extractRecipe(htmlPage({ body: '<h1>About us</h1><p>We like soup.</p>' }), PAGE_URL),
    );
    expect(error).toBeInstanceOf(NoRecipeFoundError);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      code: 'UNPROCESSABLE_CONTENT',
      httpStatus: 422,
      message: NO_RECIPE_MESSAGE,
    });
    expect(NO_RECIPE_MESSAGE).toBe(
      'No recipe found on that page: it has no schema.org Recipe data or recipe markup we know',
    );
  });

  it('throws it for empty input and for a Recipe node that states nothing', () => {
    expect(() => extractRecipe('', PAGE_URL)).toThrow(NoRecipeFoundError);
    expect(() =>
      extractRecipe(htmlPage({ head: jsonLd({ '@type': 'Recipe' }) }), PAGE_URL),
    ).toThrow(NoRecipeFoundError);
  });

  it('rejects an address that is not http(s) with a field error', () => {
    const error = thrown(() =>
      extractRecipe(htmlPage({ head: jsonLd(RECIPE) }), 'javascript:alert(1)'),
    );
    expect(error).toMatchObject({
      code: 'BAD_REQUEST',
      fieldErrors: { url: [expect.any(String)] },
    });
  });

  it('takes the canonical address on the same site, else the page address', () => {
    const canonical = '<link rel="canonical" href="https://www.cook.example/recipes/leek-soup">';
    expect(
      extractRecipe(htmlPage({ head: canonical + jsonLd(RECIPE) }), PAGE_URL).draft.sourceUrl,
    ).toBe('https://www.cook.example/recipes/leek-soup');
    const ogUrl = '<meta property="og:url" content="/recipes/leek-soup">';
    expect(
      extractRecipe(htmlPage({ head: ogUrl + jsonLd(RECIPE) }), PAGE_URL).draft.sourceUrl,
    ).toBe('https://cook.example/recipes/leek-soup');
    const elsewhere = '<link rel="canonical" href="https://other.example/soup">';
    expect(
      extractRecipe(htmlPage({ head: elsewhere + jsonLd(RECIPE) }), PAGE_URL).draft.sourceUrl,
    ).toBe(PAGE_URL);
  });

  it('falls back to og:image and to the page title', () => {
    const head =
      '<meta property="og:image" content="/og.jpg">' + jsonLd({ ...RECIPE, name: undefined });
    const { draft, warnings } = extractRecipe(
      htmlPage({ head, body: '<h1> Leek  soup </h1>' }),
      PAGE_URL,
    );
    expect(draft.imageUrls).toEqual(['https://cook.example/og.jpg']);
    expect(draft.name).toBe('Leek soup');
    expect(warnings).toEqual([]);
  });

  it('warns about what is missing', () => {
    const { warnings } = extractRecipe(
      htmlPage({ head: jsonLd({ '@type': 'Recipe', name: 'Soup' }) }),
      PAGE_URL,
    );
    expect(warnings).toEqual(['No ingredients found', 'No steps found']);
  });

  it('fills what the structured data lacks from a recipe card', () => {
    const card = `<div class="tasty-recipes"><div class="tasty-recipes-ingredients"><ul><li>2 leeks</li></ul></div>
      <div class="tasty-recipes-instructions"><ol><li>Simmer.</li></ol></div></div>`;
    const { draft, source } = extractRecipe(
      htmlPage({ head: jsonLd({ '@type': 'Recipe', name: 'Soup' }), body: card }),
      PAGE_URL,
    );
    expect(source).toBe('json-ld');
    expect(draft).toMatchObject({
      name: 'Soup',
      ingredients: [{ text: '2 leeks' }],
      steps: [{ text: 'Simmer.' }],
    });
  });

  it('completes one reading of a recipe with another of the same recipe', () => {
    const microdata = `<div itemscope itemtype="https://schema.org/Recipe"><span itemprop="name">Leek soup</span>
      <meta itemprop="recipeYield" content="4"><meta itemprop="totalTime" content="PT40M"></div>`;
    const { draft, source } = extractRecipe(
      htmlPage({ head: jsonLd(RECIPE), body: microdata }),
      PAGE_URL,
    );
    expect(source).toBe('json-ld');
    expect(draft).toMatchObject({
      servings: 4,
      totalMinutes: 40,
      ingredients: [{ text: '2 leeks' }],
    });
  });

  it('takes the steps from a card when the structured data ran them into one block', () => {
    const data = { ...RECIPE, recipeInstructions: 'Chop the leeks. Simmer them.' };
    const card = `<div class="mv-create-card"><div class="mv-create-ingredients"><ul><li>2 leeks</li></ul></div>
      <div class="mv-create-instructions"><h4>Soup</h4><ol><li>Chop the leeks.</li><li>Simmer them.</li></ol></div></div>`;
    const { draft, warnings } = extractRecipe(
      htmlPage({ head: jsonLd(data), body: card }),
      PAGE_URL,
    );
    expect(draft.steps).toEqual([
      { text: 'Chop the leeks.', group: 'Soup' },
      { text: 'Simmer them.', group: 'Soup' },
    ]);
    expect(warnings).toEqual([]);
  });

  it('reads a large page in time proportional to it', { timeout: 60_000 }, () => {
    const page = (size: number) =>
      htmlPage({
        head: jsonLd(RECIPE),
        body: '<div class="post"><p>Lorem ipsum dolor sit amet.</p><ul><li>a</li></ul></div>'.repeat(
          size,
        ),
      });
    expect(extractRecipe(page(20_000), PAGE_URL).draft.name).toBe('Leek soup');
    expectLinearTime(page, (html) => extractRecipe(html, PAGE_URL), 5_000);
  });
});

describe("the page's own headings, when nothing else is there", () => {
  const body = `<h1>Chili</h1><nav><ul><li>Home</li><li>Serves 2</li></ul></nav><div>Serves 6</div>
    <div class="post"><h2>INGREDIENTS:</h2><ul><li>1 lb beef</li><li>1 onion</li></ul>
      <p><strong>Topping</strong></p><ul><li>Sour cream</li></ul>
      <h2>Instructions</h2><ol><li>Brown the beef.</li><li>Simmer.</li></ol>
      <h2>Notes</h2><p>Freezes well.</p>
      <h2>More recipes</h2><ul><li>Soup</li></ul></div>`;

  it('reads the lists under "Ingredients" and "Instructions", groups included, and says so', () => {
    const { draft, source, warnings } = extractRecipe(htmlPage({ body }), PAGE_URL);
    expect(source).toBe('headings');
    expect(draft).toMatchObject({
      name: 'Chili',
      ingredients: [
        { text: '1 lb beef' },
        { text: '1 onion' },
        { text: 'Sour cream', group: 'Topping' },
      ],
      steps: [{ text: 'Brown the beef.' }, { text: 'Simmer.' }],
    });
    expect(warnings).toContain(
      "Read from the page's headings and lists, not from recipe data: check the lines",
    );
  });

  it('takes paragraphs as steps, and labels in other languages', () => {
    const german = `<h1>Suppe</h1><h3>Zutaten für 4 Personen</h3><ul><li>2 Lauch</li></ul><h3>Zubereitung:</h3><p>Lauch schneiden.</p><p>Kochen.</p>`;
    const { draft } = extractRecipe(htmlPage({ body: german }), PAGE_URL);
    expect(draft.steps).toEqual([{ text: 'Lauch schneiden.' }, { text: 'Kochen.' }]);
  });

  it('needs both a list of ingredients and steps', () => {
    const article = '<h1>Shopping</h1><h2>Ingredients</h2><p>Buy fresh ones.</p>';
    expect(() => extractRecipe(htmlPage({ body: article }), PAGE_URL)).toThrow(NoRecipeFoundError);
  });
});
