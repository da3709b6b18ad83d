import { describe, expect, it } from 'vitest';
import { extractRecipe } from '../extract.ts';
import { htmlPage, jsonLd, PAGE_URL } from '../testing/html-page.ts';

const read = (body: string, head = '') => extractRecipe(htmlPage({ head, body }), PAGE_URL);
const texts = (lines: readonly { text: string }[]): string[] => lines.map(({ text }) => text);

describe("the page's own labels", () => {
  it('are read after their article, and as the last part of a heading that names the dish', () => {
    const body = `<h1>Leek soup</h1>
      <h2>Leek soup with bacon – The ingredients</h2><ul><li>2 leeks</li><li>100 g bacon</li></ul>
      <h2>Leek soup with bacon – Die Zubereitung</h2><p>Fry the bacon.</p><p>Add the leeks.</p>`;
    const { draft, source } = read(body);
    expect(source).toBe('headings');
    expect(texts(draft.ingredients)).toEqual(['2 leeks', '100 g bacon']);
    expect(texts(draft.steps)).toEqual(['Fry the bacon.', 'Add the leeks.']);
  });

  it('are not read where the page hides them', () => {
    const body = `<ul class="facts"><li style="display: none"><p>Ingredients</p></li><li>Rating</li></ul>
      <h2>Ingredients</h2><ul><li>2 leeks</li></ul><h2>Method</h2><ol><li>Simmer.</li></ol>`;
    expect(texts(read(body).draft.ingredients)).toEqual(['2 leeks']);
  });

  it('make headings as high as them group heads in the box they open, above bulleted lists', () => {
    const body = `<div class="box"><h2>Ingredients</h2><h2>Skewers</h2><ul><li>1 kg lamb</li></ul>
      <h2>Salsa</h2><ul><li>1 onion</li></ul></div><div><h2>Method</h2><ol><li>Grill.</li></ol></div>`;
    expect(read(body).draft.ingredients).toEqual([
      { text: '1 kg lamb', group: 'Skewers' },
      { text: '1 onion', group: 'Salsa' },
    ]);
    const method = `<div><h4>Ingredients</h4><ul><li>1 kg lamb</li></ul><h4>Recipe</h4><ol><li>Grill.</li></ol></div>`;
    expect(read(method).draft).toMatchObject({
      ingredients: [{ text: '1 kg lamb' }],
      steps: [{ text: 'Grill.' }],
    });
  });

  it('take off counts printed before every step in turn', () => {
    const body = `<h2>Ingredients</h2><ul><li>2 leeks</li></ul><h2>Method</h2>
      <ol><li><div>1</div><p>Chop.</p></li><li><div>2</div><p>Simmer.</p></li></ol>`;
    expect(texts(read(body).draft.steps)).toEqual(['Chop.', 'Simmer.']);
  });
});

describe("the page's own sections beside recipe data", () => {
  const recipe = { '@type': 'Recipe', name: 'Leek soup' };

  it('give the steps the data lacks, and say so', () => {
    const body = `<h2>Ingredients</h2><ul><li>2 leeks</li></ul><h2>Method</h2><ol><li>Simmer.</li></ol>`;
    const data = { ...recipe, recipeIngredient: ['2 leeks'] };
    const { draft, warnings, source } = read(body, jsonLd(data));
    expect(source).toBe('json-ld');
    expect(texts(draft.steps)).toEqual(['Simmer.']);
    expect(warnings).toContain(
      "Read from the page's headings and lists, not from recipe data: check the lines",
    );
  });

  it('give the printed lines where the data split them', () => {
    const body = `<h2>Ingredients</h2><ul><li>2 leeks, sliced</li><li>1 l stock</li></ul>`;
    const data = {
      ...recipe,
      recipeIngredient: ['2 leeks', 'sliced', '1 l stock'],
      recipeInstructions: ['Simmer.'],
    };
    const { draft, warnings } = read(body, jsonLd(data));
    expect(texts(draft.ingredients)).toEqual(['2 leeks, sliced', '1 l stock']);
    expect(warnings).toEqual([
      "The ingredient lines are the page's printed ones: its recipe data splits lines apart",
    ]);
  });

  it('complete the data after a plugin card, which keeps its groups', () => {
    const card = `<div class="tasty-recipes"><div class="tasty-recipes-ingredients">
      <h4>Soup</h4><ul><li>2 leeks</li></ul></div></div>`;
    const body = `${card}<h2>Ingredients</h2><ul><li>2 leeks</li></ul><h2>Method</h2><ol><li>Simmer.</li></ol>`;
    const { draft } = read(body, jsonLd({ ...recipe, recipeIngredient: ['2 leeks'] }));
    expect(draft).toMatchObject({
      ingredients: [{ text: '2 leeks', group: 'Soup' }],
      steps: [{ text: 'Simmer.' }],
    });
  });

  it('leave whole data alone', () => {
    const body = `<h2>Ingredients</h2><ul><li>2 big leeks</li></ul><h2>Method</h2><p>Boil.</p>`;
    const data = { ...recipe, recipeIngredient: ['2 leeks'], recipeInstructions: ['Simmer.'] };
    const { draft, warnings } = read(body, jsonLd(data));
    expect(draft).toMatchObject({
      ingredients: [{ text: '2 leeks' }],
      steps: [{ text: 'Simmer.' }],
    });
    expect(warnings).toEqual([]);
  });
});
