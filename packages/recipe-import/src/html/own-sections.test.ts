import { describe, expect, it } from 'vitest';
import { NoRecipeFoundError } from '../errors.ts';
import { extractRecipe } from '../extract.ts';
import { htmlPage, jsonLd, PAGE_URL } from '../testing/html-page.ts';
import { expectLinearTime } from '../testing/linear.ts';

const read = (body: string, head = '') => extractRecipe(htmlPage({ head, body }), PAGE_URL);
const texts = (lines: readonly { text: string }[]): string[] => lines.map(({ text }) => text);

describe('boxes the markup names for what they hold', () => {
  it('give the ingredients recipe data lacks, where no label introduces them', () => {
    const body = `<div class="Recipe_Ingredients"><div><ul><li>4 sheets filo</li><li>200 g prunes</li></ul></div></div>
      <div class="Step"><h2>Step 1</h2><div>Soak the prunes.</div></div>`;
    const data = { '@type': 'Recipe', name: 'Tart', recipeInstructions: ['Soak the prunes.'] };
    const { draft, source } = read(body, jsonLd(data));
    expect(source).toBe('json-ld');
    expect(texts(draft.ingredients)).toEqual(['4 sheets filo', '200 g prunes']);
  });

  it('make a whole recipe alone, steps as items or paragraphs', () => {
    const body = `<h1>Tart</h1><div id="ingredient-list"><ul><li>4 sheets filo</li><li>200 g prunes</li></ul></div>
      <section class="directions"><p>Soak the prunes.</p><p>Bake.</p></section>`;
    const { draft, source } = read(body);
    expect(source).toBe('headings');
    expect(texts(draft.steps)).toEqual(['Soak the prunes.', 'Bake.']);
  });

  it("are not the site's own menus", () => {
    const body = `<nav class="ingredients"><ul><li>Flour</li><li>Sugar</li></ul></nav>
      <div class="method"><p>Read our guides.</p><p>Cook.</p></div>`;
    expect(() => read(body)).toThrow(NoRecipeFoundError);
  });
});

describe('a recipe printed without labels', () => {
  const body = `<h1>For your table</h1><nav><ul><li>1 Home</li><li>2 Recipes</li><li>3 Shop</li></ul></nav>
    <div><h1>Chicken salad</h1><hr><ul><li>6 cups chicken, shredded</li><li>½ cup walnuts</li>
      <li>2 cups mayonnaise</li><li>Salt, to taste</li></ul><hr>
      <p>Combine the chicken and walnuts in a bowl.</p><p>Fold in the mayonnaise and season.</p></div>`;

  it('is read from a list of quantities under its name and the paragraphs after it, and says so', () => {
    const { draft, source, warnings } = read(body);
    expect(source).toBe('unlabelled');
    expect(draft.name).toBe('Chicken salad');
    expect(texts(draft.ingredients)).toEqual([
      '6 cups chicken, shredded',
      '½ cup walnuts',
      '2 cups mayonnaise',
      'Salt, to taste',
    ]);
    expect(texts(draft.steps)).toEqual([
      'Combine the chicken and walnuts in a bowl.',
      'Fold in the mayonnaise and season.',
    ]);
    expect(warnings).toContain(
      'Read from a list and paragraphs on the page, without recipe data or labels: check the lines',
    );
  });

  it('needs most lines to start with a quantity, and a method after them', () => {
    const words = body
      .replaceAll('<li>6 cups', '<li>Six cups')
      .replaceAll('<li>2 cups', '<li>Two cups');
    expect(() => read(words)).toThrow(NoRecipeFoundError);
    const listOnly = body.replace(/<p>.*<\/p>/g, '');
    expect(() => read(listOnly)).toThrow(NoRecipeFoundError);
  });
});

describe("the page's own readers on hostile pages", () => {
  const read = (body: string) => {
    try {
      extractRecipe(htmlPage({ body }), PAGE_URL);
    } catch (error) {
      expect(error).toBeInstanceOf(NoRecipeFoundError);
    }
  };

  // Seven reads of pages up to 20,000 boxes each: seconds alone, over a minute on a machine
  // also linting and running every other package's tests.
  it.each([
    [
      'boxes named for ingredients nested in menus',
      (size: number) =>
        (
          '<nav>' +
          '<div class="ingredients">'.repeat(900) +
          '<ul><li>1 a</li><li>2 b</li></ul>' +
          '</div>'.repeat(900) +
          '</nav>'
        ).repeat(size / 1_000),
    ],
    [
      'labels without lines',
      (size: number) => '<h2>Ingredients</h2><p>x</p><h2>Method</h2>'.repeat(size),
    ],
    [
      'lists of quantities without a method',
      (size: number) => '<ul><li>1 a</li><li>2 b</li><li>3 c</li></ul>'.repeat(size),
    ],
    [
      'a box of headings above lists',
      (size: number) =>
        '<div><h2>Ingredients</h2>' + '<h2>x</h2><ul><li>1 a</li></ul>'.repeat(size) + '</div>',
    ],
  ])('stay linear on %s', { timeout: 180_000 }, (_, page) => {
    expectLinearTime(page, read, 5_000);
  });
});
