import { describe, expect, it } from 'vitest';
import { extractRecipe } from '../../extract.ts';
import { htmlPage, jsonLd, PAGE_URL } from '../../testing/html-page.ts';

const checkbox =
  '<span class="wprm-checkbox-container"><input type="checkbox"><label><span class="wprm-screen-reader-text">▢ </span></label></span>';
const wprmLine = (amount: string, name: string, notes = '') =>
  `<li class="wprm-recipe-ingredient">${checkbox}<span class="wprm-recipe-ingredient-amount">${amount}</span> <span class="wprm-recipe-ingredient-name">${name}</span>${notes === '' ? '' : ` <span class="wprm-recipe-ingredient-notes">${notes}</span>`}</li>`;

const WPRM_CARD = `
  <div class="wprm-recipe-container"><div class="wprm-recipe">
    <h2 class="wprm-recipe-name">Shortcake</h2>
    <div class="wprm-recipe-prep-time-container"><span class="wprm-recipe-time"><span class="wprm-recipe-details">10<span class="sr-only"> minutes</span></span> <span class="wprm-recipe-details-unit">mins</span></span></div>
    <div class="wprm-recipe-total-time-container"><span class="wprm-recipe-time"><span class="wprm-recipe-details">1</span> <span>hr</span> <span class="wprm-recipe-details">5</span> <span>mins</span></span></div>
    <span class="wprm-recipe-servings-with-unit"><span class="wprm-recipe-servings">6</span> <span class="wprm-recipe-servings-unit">servings</span></span>
    <div class="wprm-recipe-ingredient-group"><h4 class="wprm-recipe-group-name wprm-recipe-ingredient-group-name">For the topping</h4>
      <ul class="wprm-recipe-ingredients">${wprmLine('3 cups', 'strawberries', 'sliced')}${wprmLine('1/2 cup', 'sugar')}</ul></div>
    <div class="wprm-recipe-ingredient-group"><h4 class="wprm-recipe-group-name wprm-recipe-ingredient-group-name">For the cake</h4>
      <ul class="wprm-recipe-ingredients">${wprmLine('2 cups', 'flour')}</ul></div>
    <div class="wprm-recipe-instruction-group"><h4 class="wprm-recipe-group-name wprm-recipe-instruction-group-name">Topping</h4>
      <ul><li class="wprm-recipe-instruction"><div class="wprm-recipe-instruction-text">Slice the strawberries.</div></li></ul></div>
    <div class="wprm-recipe-instruction-group"><h4 class="wprm-recipe-group-name wprm-recipe-instruction-group-name">Cake</h4>
      <ul><li class="wprm-recipe-instruction"><div class="wprm-recipe-instruction-text">Bake the cake.</div></li></ul></div>
  </div></div>`;

describe('WP Recipe Maker', () => {
  it('reads the card alone, groups, times and servings included', () => {
    const { draft, source } = extractRecipe(htmlPage({ body: WPRM_CARD }), PAGE_URL);
    expect(source).toBe('wprm');
    expect(draft).toMatchObject({
      name: 'Shortcake',
      prepMinutes: 10,
      totalMinutes: 65,
      servings: 6,
      ingredients: [
        { text: '3 cups strawberries sliced', group: 'For the topping' },
        { text: '1/2 cup sugar', group: 'For the topping' },
        { text: '2 cups flour', group: 'For the cake' },
      ],
      steps: [
        { text: 'Slice the strawberries.', group: 'Topping' },
        { text: 'Bake the cake.', group: 'Cake' },
      ],
    });
  });

  it('restores the groups JSON-LD flattens, keeping the JSON-LD lines', () => {
    const data = {
      '@type': 'Recipe',
      name: 'Strawberry shortcake',
      recipeIngredient: ['3 cups strawberries (sliced)', '1/2 cup sugar', '2 cups flour'],
      recipeInstructions: [
        { '@type': 'HowToStep', text: 'Slice the strawberries.' },
        { '@type': 'HowToStep', text: 'Bake the cake.' },
      ],
    };
    const { draft, source } = extractRecipe(
      htmlPage({ head: jsonLd(data), body: WPRM_CARD }),
      PAGE_URL,
    );
    expect(source).toBe('json-ld');
    expect(draft.name).toBe('Strawberry shortcake');
    expect(draft.ingredients).toEqual([
      { text: '3 cups strawberries (sliced)', group: 'For the topping' },
      { text: '1/2 cup sugar', group: 'For the topping' },
      { text: '2 cups flour', group: 'For the cake' },
    ]);
    expect(draft.steps.map((step) => step.group)).toEqual(['Topping', 'Cake']);
    expect(draft.prepMinutes).toBe(10);
  });

  it('keeps the JSON-LD lines ungrouped when the card holds other lines', () => {
    const data = {
      '@type': 'Recipe',
      name: 'Shortcake',
      recipeIngredient: ['3 cups strawberries', '1 cup cream'],
      recipeInstructions: 'Mix.',
    };
    const { draft } = extractRecipe(htmlPage({ head: jsonLd(data), body: WPRM_CARD }), PAGE_URL);
    expect(draft.ingredients).toEqual([{ text: '3 cups strawberries' }, { text: '1 cup cream' }]);
  });
});

describe('other recipe plugins', () => {
  it('reads a Tasty Recipes card', () => {
    const body = `<div class="tasty-recipes"><h2 class="tasty-recipes-title">Chicken</h2>
      <span class="tasty-recipes-yield"><span data-amount="4">4</span>-<span data-amount="6">6</span> servings <span class="tasty-recipes-yield-scale">1x</span></span>
      <span class="tasty-recipes-total-time">3 hours 10 mins</span>
      <div class="tasty-recipes-ingredients"><h3>Ingredients</h3><h4>Sauce</h4><ul><li><span class="tr-ingredient-checkbox-container"><input type="checkbox"></span>1 cup ketchup</li></ul></div>
      <div class="tasty-recipes-instructions"><ol><li>Cook HIGH 2-3 hours.</li></ol></div></div>`;
    const { draft, source } = extractRecipe(htmlPage({ body }), PAGE_URL);
    expect(source).toBe('tasty');
    expect(draft).toMatchObject({
      name: 'Chicken',
      servings: 4,
      yieldText: '4-6 servings',
      totalMinutes: 190,
      ingredients: [{ text: '1 cup ketchup', group: 'Sauce' }],
      steps: [{ text: 'Cook HIGH 2-3 hours.' }],
    });
  });

  it('reads a Mediavine Create card', () => {
    const body = `<div class="mv-create-card"><h2 class="mv-create-title">Cups</h2><span class="mv-create-yield">Yield: 24</span>
      <div class="mv-create-time-prep"><span class="mv-create-time-format">10 minutes</span></div>
      <div class="mv-create-ingredients"><h4></h4><ul><li> 1 egg </li></ul></div>
      <div class="mv-create-instructions"><ol><li>Bake.</li></ol></div></div>`;
    const { draft, source } = extractRecipe(htmlPage({ body }), PAGE_URL);
    expect(source).toBe('mv-create');
    expect(draft).toMatchObject({
      name: 'Cups',
      servings: 24,
      prepMinutes: 10,
      ingredients: [{ text: '1 egg' }],
      steps: [{ text: 'Bake.' }],
    });
  });

  it('reads the hRecipe microformat', () => {
    const body = `<div class="hrecipe"><h2 class="fn">Toast</h2><span class="yield">2</span>
      <ul><li class="ingredient">2 slices bread</li></ul><div class="instructions"><p>Toast the bread.</p><p>Butter it.</p></div></div>`;
    const { draft, source } = extractRecipe(htmlPage({ body }), PAGE_URL);
    expect(source).toBe('hrecipe');
    expect(draft).toMatchObject({
      name: 'Toast',
      servings: 2,
      ingredients: [{ text: '2 slices bread' }],
      steps: [{ text: 'Toast the bread.' }, { text: 'Butter it.' }],
    });
  });
});
