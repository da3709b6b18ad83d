import { describe, expect, it } from 'vitest';
import type { RecipeDraft } from './draft.ts';
import { toRecipeInput } from './recipe-input.ts';

const draft = (fields: Partial<RecipeDraft> = {}): RecipeDraft => ({
  name: 'Pancakes',
  ingredients: [],
  steps: [],
  tags: [],
  imageUrls: [],
  ...fields,
});

describe('toRecipeInput', () => {
  it('parses ingredient lines, keeps each as printed, and turns heading lines into groups', () => {
    const { recipe } = toRecipeInput(
      draft({
        ingredients: [
          { text: 'For the batter:' },
          { text: '200 g flour, sifted' },
          { text: '2-3 eggs' },
          { text: '1 tbsp sugar', group: 'Topping' },
        ],
      }),
    );
    expect(recipe.ingredients).toEqual([
      {
        quantity: '200',
        unit: 'g',
        name: 'flour',
        preparation: 'sifted',
        original: '200 g flour, sifted',
        group: 'For the batter',
      },
      {
        quantity: '2',
        quantityMax: '3',
        name: 'eggs',
        original: '2-3 eggs',
        group: 'For the batter',
      },
      { quantity: '1', unit: 'tbsp', name: 'sugar', original: '1 tbsp sugar', group: 'Topping' },
    ]);
  });

  it('reads the lines in their own language when they show it, else the one given', () => {
    const german = toRecipeInput(
      draft({
        ingredients: [
          { text: '2 EL Olivenöl' },
          { text: '1 Prise Salz' },
          { text: '3 Zehen Knoblauch' },
        ],
      }),
    );
    expect(german.recipe.ingredients[0]).toMatchObject({ unit: 'tbsp', name: 'Olivenöl' });
    const dutch = toRecipeInput(draft({ ingredients: [{ text: '2 el olie' }] }), {
      language: 'nl',
    });
    expect(dutch.recipe.ingredients[0]).toMatchObject({ unit: 'tbsp', name: 'olie' });
  });

  it('keeps step headings where each section starts', () => {
    const { recipe } = toRecipeInput(
      draft({
        steps: [
          { text: 'Whisk.', group: 'Batter' },
          { text: 'Rest.', group: 'Batter' },
          { text: 'Fry.' },
          { text: 'Dust with sugar.', group: 'To serve' },
        ],
      }),
    );
    expect(recipe.steps).toEqual(['Whisk.', 'Rest.', 'Fry.', 'Dust with sugar.']);
    expect(recipe.stepGroups).toEqual([
      { at: 0, title: 'Batter' },
      { at: 3, title: 'To serve' },
    ]);
  });

  it('cuts what does not fit a recipe, saying so, and never fails', () => {
    const { recipe, warnings } = toRecipeInput(
      draft({
        name: '',
        servings: 0,
        prepMinutes: 99_999,
        tags: ['Soup', 'soup ', 'x'.repeat(60)],
        ingredients: Array.from({ length: 230 }, (_, i) => ({ text: `${i + 1} g salt` })),
        steps: Array.from({ length: 120 }, (_, i) => ({ text: `Step ${i}` })),
        imageUrls: ['data:image/png;base64,AAAA', 'https://example.org/a.jpg'],
        sourceUrl: 'javascript:alert(1)',
      }),
    );
    expect(recipe.name).toBe('Untitled recipe');
    expect(recipe.servings).toBeUndefined();
    expect(recipe.prepMinutes).toBeUndefined();
    expect(recipe.tags).toEqual(['soup', 'x'.repeat(40)]);
    expect(recipe.ingredients).toHaveLength(200);
    expect(recipe.steps).toHaveLength(100);
    expect(recipe.imageUrl).toBe('https://example.org/a.jpg');
    expect(recipe.sourceUrl).toBeUndefined();
    expect(warnings).toEqual(
      expect.arrayContaining([
        'Only the first 200 of 230 ingredients were kept',
        'Only the first 100 of 120 steps were kept',
        'The source address could not be read and was left out',
      ]),
    );
  });

  it('keeps a line whose amount cannot be stored, leaving the amount in the printed line', () => {
    const { recipe } = toRecipeInput(draft({ ingredients: [{ text: '123456789 g flour' }] }));
    expect(recipe.ingredients).toEqual([{ name: 'flour', original: '123456789 g flour' }]);
  });
});
