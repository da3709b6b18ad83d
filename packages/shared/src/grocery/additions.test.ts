import { describe, expect, it } from 'vitest';
import { lineAddition, recipeAdditions, toGroceryItem, toPlannedItem } from './additions.ts';

describe('additions from typed lines and recipes', () => {
  it('reads a typed line, keeping what is not a number as text; null is as good as absent', () => {
    expect(lineAddition({ name: 'Flour', quantity: '1/2', unit: 'cups' })).toEqual({
      name: 'Flour',
      amount: { quantity: '0.5', unit: 'cup' },
    });
    expect(lineAddition({ name: 'Milk', quantity: 'a splash' })).toEqual({
      name: 'Milk',
      amount: { text: 'a splash' },
    });
    expect(lineAddition({ name: 'Salt', quantity: null, unit: null })).toEqual({ name: 'Salt' });
    expect(lineAddition({ name: 'Eggs', quantity: '2-3' })).toEqual({
      name: 'Eggs',
      amount: { quantity: '2', quantityMax: '3' },
    });
    expect(lineAddition({ name: 'Eggs', quantity: '2', quantityMax: '3' })).toEqual({
      name: 'Eggs',
      amount: { quantity: '2', quantityMax: '3' },
    });
  });

  it("scales a recipe's ingredients to the servings asked for, naming the recipe", () => {
    const recipe = {
      id: 'pancakes',
      servings: 4,
      ingredients: [
        { name: 'Flour', quantity: '200', unit: 'g' },
        { name: 'Salt', quantity: null, unit: 'a pinch' },
        { name: 'Eggs' },
      ],
    };
    expect(recipeAdditions(recipe, 6)).toEqual([
      { name: 'Flour', sourceRecipeId: 'pancakes', amount: { quantity: '300', unit: 'g' } },
      { name: 'Salt', sourceRecipeId: 'pancakes', amount: { text: 'a pinch' } },
      { name: 'Eggs', sourceRecipeId: 'pancakes' },
    ]);
    expect(recipeAdditions({ ...recipe, servings: null }, 6)[0]?.amount).toEqual({
      quantity: '200',
      unit: 'g',
    });
  });
});

describe('lines between the list and the planner', () => {
  it('round-trip, leaving out an empty category', () => {
    const item = {
      id: 'milk',
      name: 'Milk',
      quantities: [{ quantity: '250', unit: 'ml' }],
      checked: false,
      category: 'Dairy & eggs',
      sourceRecipeIds: ['pancakes'],
    };
    const planned = toPlannedItem(item);
    expect(planned).toMatchObject({ foodKey: 'milk', amounts: item.quantities });
    expect(toGroceryItem({ ...planned, id: 'milk' })).toEqual(item);
    expect(toGroceryItem({ ...planned, id: 'milk', category: null })).not.toHaveProperty(
      'category',
    );
  });
});
