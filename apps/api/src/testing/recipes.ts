import type { TRecipeInput } from '@saffron/shared';

export function recipeInput(overrides: Partial<TRecipeInput> = {}): TRecipeInput {
  return {
    name: 'Tomato soup',
    description: 'Smooth and warming',
    servings: 4,
    prepMinutes: 10,
    cookMinutes: 30,
    tags: ['Soup', 'vegetarian'],
    steps: ['Soften the onion', 'Simmer the tomatoes', 'Blend'],
    ingredients: [
      { quantity: '800', unit: 'g', name: 'tomatoes', original: '800 g tomatoes' },
      { quantity: '1', name: 'onion', note: 'chopped' },
      { quantity: '0.5', unit: 'tsp', name: 'salt' },
    ],
    ...overrides,
  };
}
