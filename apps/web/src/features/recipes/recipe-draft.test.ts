import type { TRecipe } from '@saffron/shared';
import { describe, expect, it } from 'vitest';
import {
  draftFrom,
  emptyDraft,
  emptyIngredient,
  errorsByRow,
  validateDraft,
  type RecipeDraft,
} from './recipe-draft.ts';

/** What the form edits as text; ingredient rows differ between recipe and input. */
const FIELDS = {
  name: 'Tomato soup',
  description: 'Smooth and warming',
  servings: 4,
  prepMinutes: 10,
  cookMinutes: undefined,
  sourceUrl: 'https://example.com/soup',
  tags: ['soup', 'vegetarian'],
  steps: ['Soften the onion', 'Blend'],
  stepGroups: [],
};

const RECIPE: TRecipe = {
  ...FIELDS,
  id: '0b6f2f8e-6c1c-4a3b-9a57-2f1f5d0e9c11',
  ingredients: [
    { quantity: '800', unit: 'g', name: 'tomatoes', original: '800 g tomatoes' },
    { name: 'salt', note: 'to taste' },
  ],
  attachments: [],
  createdAt: new Date('2026-11-21T10:00:00Z'),
  updatedAt: new Date('2026-11-21T10:00:00Z'),
};

const valid = (draft: RecipeDraft) => {
  const result = validateDraft(draft);
  if (!result.ok) throw new Error(`unexpected errors: ${JSON.stringify(result.errors)}`);
  return result.data;
};

const errorsOf = (draft: RecipeDraft) => {
  const result = validateDraft(draft);
  if (result.ok) throw new Error('expected the draft to be refused');
  return result.errors;
};

describe('the recipe draft', () => {
  it('starts a new recipe with one step and three ingredient rows, each with its own key', () => {
    const draft = emptyDraft();
    const keys = [...draft.steps, ...draft.ingredients].map((row) => row.key);
    expect(draft.steps).toHaveLength(1);
    expect(draft.ingredients).toHaveLength(3);
    expect(new Set(keys).size).toBe(4);
    expect(emptyIngredient().key).not.toBe(emptyIngredient().key);
  });

  it('edits a saved recipe as text and sends back the same recipe', () => {
    const draft = draftFrom(RECIPE);
    expect(draft).toMatchObject({
      servings: '4',
      cookMinutes: '',
      tags: 'soup, vegetarian',
      ingredients: [
        { quantity: '800', unit: 'g', name: 'tomatoes', note: '', original: '800 g tomatoes' },
        { quantity: '', unit: '', name: 'salt', note: 'to taste' },
      ],
    });
    const { input } = valid(draft);
    expect(input).toEqual({
      ...FIELDS,
      ingredients: [
        {
          quantity: '800',
          unit: 'g',
          name: 'tomatoes',
          note: undefined,
          original: '800 g tomatoes',
        },
        {
          quantity: undefined,
          unit: undefined,
          name: 'salt',
          note: 'to taste',
          original: undefined,
        },
      ],
    });
  });

  it('leaves out blank rows, trims what was typed and splits tags at commas', () => {
    const draft = emptyDraft();
    draft.name = 'Toast';
    draft.tags = ' breakfast, ,quick ';
    draft.description = '   ';
    draft.steps = [...draft.steps, { key: 'step-2', text: '  Toast the bread ' }];
    draft.ingredients[1] = { ...draft.ingredients[1]!, quantity: ' 2 ', name: 'bread' };
    const { input, rowKeys } = valid(draft);
    expect(input).toMatchObject({
      description: undefined,
      tags: ['breakfast', 'quick'],
      steps: ['Toast the bread'],
      ingredients: [{ quantity: '2', name: 'bread' }],
    });
    expect(rowKeys).toEqual({ ingredients: [draft.ingredients[1].key], steps: ['step-2'] });
  });

  it('points each error at the row on screen, not at its position among the rows sent', () => {
    const draft = { ...emptyDraft(), name: 'Soup', servings: 'four' };
    const [blank, amountOnly, named] = draft.ingredients;
    draft.ingredients = [blank!, { ...amountOnly!, quantity: '-1' }, { ...named!, name: 'leek' }];
    const errors = errorsOf(draft);
    expect(Object.keys(errors).sort()).toEqual([
      `ingredients.${amountOnly!.key}.name`,
      `ingredients.${amountOnly!.key}.quantity`,
      'servings',
    ]);
    expect(errors.servings).toEqual(['Servings must be a whole number']);
    expect(errors[`ingredients.${amountOnly!.key}.name`]).toEqual(['Ingredient name is required']);
  });

  it('maps server errors by row the same way, and leaves other paths alone', () => {
    const rowKeys = { ingredients: ['row-a', 'row-b'], steps: ['row-s'] };
    expect(
      errorsByRow(
        { 'ingredients.1.unit': ['Too long'], 'steps.0': ['Required'], name: ['Required'] },
        rowKeys,
      ),
    ).toEqual({
      'ingredients.row-b.unit': ['Too long'],
      'steps.row-s': ['Required'],
      name: ['Required'],
    });
  });
});
