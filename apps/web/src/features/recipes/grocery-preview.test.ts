import type { TGroceryItem } from '@saffron/client';
import type { TRecipe } from '@saffron/shared';
import { describe, expect, it } from 'vitest';
import { previewGroceryAdd } from './grocery-preview.ts';

const recipe: TRecipe = {
  id: '11111111-1111-4111-8111-111111111111',
  name: 'Pancakes',
  servings: 4,
  steps: [],
  stepGroups: [],
  tags: [],
  attachments: [],
  createdAt: new Date(),
  updatedAt: new Date(),
  ingredients: [
    { quantity: '1', unit: 'cup', name: 'milk' },
    { quantity: '2', name: 'eggs' },
    { name: 'salt' },
  ],
};

describe('grocery preview', () => {
  it('shows which lines join the list and what they will read, scaled to the servings', () => {
    const list: TGroceryItem[] = [
      {
        id: 'm',
        name: 'Milk',
        quantities: [{ quantity: '250', unit: 'ml' }],
        checked: false,
        sourceRecipeIds: [],
      },
      {
        id: 'e',
        name: 'Eggs',
        quantities: [{ quantity: '6' }],
        checked: true,
        sourceRecipeIds: [],
      },
    ];
    expect(previewGroceryAdd(recipe, 8, list)).toEqual([
      { name: 'Milk', result: '723 ml', merged: true },
      { name: 'eggs', result: '4', merged: false },
      { name: 'salt', result: '', merged: false },
    ]);
  });
});
