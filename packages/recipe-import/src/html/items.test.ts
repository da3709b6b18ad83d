import { describe, expect, it } from 'vitest';
import { extractRecipe } from '../extract.ts';
import { htmlPage, PAGE_URL } from '../testing/html-page.ts';

describe('microdata', () => {
  const body = `
    <div itemscope itemtype="https://schema.org/Recipe/">
      <h1 itemprop="name">Leek &amp; potato soup</h1>
      <img itemprop="image" src="/soup.jpg">
      <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Ann</span></span>
      <meta itemprop="prepTime" content="PT10M"><time itemprop="cookTime" datetime="PT30M">30 min</time>
      <span itemprop="recipeYield">4 servings</span>
      <ul><li itemprop="recipeIngredient">2 leeks</li><li itemprop="recipeIngredient">3 potatoes</li></ul>
      <ol itemprop="recipeInstructions"><li>Chop.</li><li>Simmer.</li></ol>
      <div itemscope itemtype="https://schema.org/Recipe"><span itemprop="name">Related bread</span></div>
    </div>`;

  it('reads an itemscope Recipe with its nested items', () => {
    const { draft, source } = extractRecipe(htmlPage({ body }), PAGE_URL);
    expect(source).toBe('microdata');
    expect(draft).toMatchObject({
      name: 'Leek & potato soup',
      author: 'Ann',
      servings: 4,
      prepMinutes: 10,
      cookMinutes: 30,
      totalMinutes: 40,
      ingredients: [{ text: '2 leeks' }, { text: '3 potatoes' }],
      steps: [{ text: 'Chop.' }, { text: 'Simmer.' }],
      imageUrls: ['https://cook.example/soup.jpg'],
    });
  });
});

describe('RDFa', () => {
  const body = `
    <div vocab="https://schema.org/" typeof="Recipe">
      <h1 property="name">Leek soup</h1>
      <meta property="totalTime" content="PT45M">
      <ul><li property="recipeIngredient">2 leeks</li><li property="schema:recipeIngredient">1 l stock</li></ul>
      <div property="recipeInstructions"><p>Chop.</p><p>Simmer.</p></div>
    </div>`;

  it('reads a typeof Recipe with its properties', () => {
    const { draft, source } = extractRecipe(htmlPage({ body }), PAGE_URL);
    expect(source).toBe('rdfa');
    expect(draft).toMatchObject({
      name: 'Leek soup',
      totalMinutes: 45,
      ingredients: [{ text: '2 leeks' }, { text: '1 l stock' }],
      steps: [{ text: 'Chop.' }, { text: 'Simmer.' }],
    });
  });
});
