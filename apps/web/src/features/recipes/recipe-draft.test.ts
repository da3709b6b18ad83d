import type { TRecipe } from '@saffron/shared';
import { describe, expect, it } from 'vitest';
import {
  draftFrom,
  emptyDraft,
  emptyHeading,
  emptyIngredient,
  emptyStep,
  errorsByRow,
  validateDraft,
  type IngredientDraft,
  type RecipeDraft,
} from './recipe-draft.ts';

/** Every field a recipe has, each filled in, with groups, ranges and step headings. */
const FIELDS = {
  name: 'Tomato soup',
  description: 'Smooth and warming',
  servings: 4,
  prepMinutes: 10,
  cookMinutes: 25,
  totalMinutes: 40,
  yieldText: 'Makes 2 litres',
  author: 'Ada',
  nutrition: 'Calories 180 kcal · Fat 7 g',
  notes: 'Better the next day.',
  sourceUrl: 'https://example.com/soup',
  tags: ['soup', 'vegetarian'],
  steps: ['Soften the onion', 'Add the tomatoes', 'Blend', 'Fry the bread'],
  stepGroups: [
    { at: 0, title: 'The soup' },
    { at: 3, title: 'Croutons' },
  ],
  ingredients: [
    { quantity: '800', unit: 'g', name: 'tomatoes', original: '800 g tomatoes' },
    { quantity: '1', quantityMax: '2', name: 'onions', size: 'large', preparation: 'diced' },
    { name: 'salt', note: 'to taste' },
    { quantity: '2', unit: 'slice', name: 'bread', group: 'For the croutons' },
    { quantity: '1.5', unit: 'tbsp', name: 'olive oil', group: 'For the croutons' },
    { name: 'pepper', note: 'to serve' },
  ],
};

const RECIPE: TRecipe = {
  ...FIELDS,
  id: '0b6f2f8e-6c1c-4a3b-9a57-2f1f5d0e9c11',
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

const named = (draft: RecipeDraft, rows: Partial<IngredientDraft>[]): RecipeDraft => ({
  ...draft,
  name: 'Soup',
  ingredients: rows.map((row) => ({ ...emptyIngredient(), ...row })),
});

describe('the recipe draft', () => {
  it('starts a new recipe with one step and three ingredient rows, each with its own key', () => {
    const draft = emptyDraft();
    const keys = [...draft.steps, ...draft.ingredients].map((row) => row.key);
    expect(draft.steps).toHaveLength(1);
    expect(draft.ingredients).toHaveLength(3);
    expect(new Set(keys).size).toBe(4);
    expect(emptyIngredient().key).not.toBe(emptyIngredient().key);
  });

  it('edits a saved recipe as text, with headings between the rows, and sends back the same recipe', () => {
    const draft = draftFrom(RECIPE);
    expect(draft).toMatchObject({
      servings: '4',
      totalMinutes: '40',
      yieldText: 'Makes 2 litres',
      notes: 'Better the next day.',
      tags: 'soup, vegetarian',
    });
    expect(
      draft.ingredients.map((item) => (item.kind === 'heading' ? `# ${item.text}` : item.name)),
    ).toEqual([
      'tomatoes',
      'onions',
      'salt',
      '# For the croutons',
      'bread',
      'olive oil',
      '# ',
      'pepper',
    ]);
    expect(draft.ingredients[1]).toMatchObject({ quantity: '1', quantityMax: '2', size: 'large' });
    expect(draft.steps.map((item) => `${item.kind}: ${item.text}`)).toEqual([
      'heading: The soup',
      'step: Soften the onion',
      'step: Add the tomatoes',
      'step: Blend',
      'heading: Croutons',
      'step: Fry the bread',
    ]);
    expect(valid(draft).input).toEqual(FIELDS);
  });

  it('leaves out blank rows, trims what was typed and splits tags at commas', () => {
    const draft = emptyDraft();
    draft.name = 'Toast';
    draft.tags = ' breakfast, ,quick ';
    draft.description = '   ';
    draft.steps = [...draft.steps, { kind: 'step', key: 'step-2', text: '  Toast the bread ' }];
    const bread = { ...emptyIngredient(), quantity: ' 2 ', name: 'bread' };
    draft.ingredients = [emptyIngredient(), bread, emptyIngredient()];
    const { input, rowKeys } = valid(draft);
    expect(input).toMatchObject({
      description: undefined,
      tags: ['breakfast', 'quick'],
      steps: ['Toast the bread'],
      ingredients: [{ quantity: '2', name: 'bread' }],
    });
    expect(rowKeys).toMatchObject({ ingredients: [bread.key], steps: ['step-2'] });
  });

  it('reads amounts as cooks type them, and a range typed in the amount box', () => {
    const draft = named(emptyDraft(), [
      { quantity: '2-3', name: 'eggs' },
      { quantity: '2 to 3', name: 'shallots' },
      { quantity: '1 1/2', unit: 'cup', name: 'flour' },
      { quantity: '½', unit: 'tsp', name: 'salt' },
      { quantity: '2', quantityMax: '3', name: 'limes' },
    ]);
    expect(valid(draft).input.ingredients).toMatchObject([
      { quantity: '2', quantityMax: '3', name: 'eggs' },
      { quantity: '2', quantityMax: '3', name: 'shallots' },
      { quantity: '1.5', quantityMax: undefined, unit: 'cup' },
      { quantity: '0.5', quantityMax: undefined, unit: 'tsp' },
      { quantity: '2', quantityMax: '3', name: 'limes' },
    ]);
  });

  it('points a wrong range at the box it was typed in', () => {
    const draft = named(emptyDraft(), [
      { quantity: '3', quantityMax: '2', name: 'eggs' },
      { quantity: '2-3', quantityMax: '4', name: 'limes' },
      { quantity: 'lots', name: 'love' },
    ]);
    const [eggs, limes, love] = draft.ingredients;
    expect(errorsOf(draft)).toEqual({
      [`ingredients.${eggs!.key}.quantityMax`]: ['The upper end must be more than the quantity'],
      [`ingredients.${limes!.key}.quantity`]: ['Use a number such as 2 or 2.5 (up to 4 decimals)'],
      [`ingredients.${love!.key}.quantity`]: ['Use a number such as 2 or 2.5 (up to 4 decimals)'],
    });
  });

  it('sends each row with the heading above it as its group; an empty heading ends a group', () => {
    const sauce = emptyHeading('  For the sauce ');
    const draft: RecipeDraft = {
      ...emptyDraft(),
      name: 'Pasta',
      ingredients: [
        { ...emptyIngredient(), name: 'pasta' },
        sauce,
        { ...emptyIngredient(), name: 'tomatoes' },
        emptyIngredient(),
        { ...emptyIngredient(), name: 'basil' },
        emptyHeading(''),
        { ...emptyIngredient(), name: 'parmesan' },
      ],
    };
    const { input, rowKeys } = valid(draft);
    expect(input.ingredients!.map((row) => [row.name, row.group])).toEqual([
      ['pasta', undefined],
      ['tomatoes', 'For the sauce'],
      ['basil', 'For the sauce'],
      ['parmesan', undefined],
    ]);
    expect(rowKeys.ingredientGroups).toEqual([undefined, sauce.key, sauce.key, undefined]);
  });

  it("shows a group heading's error on the heading, not on its rows", () => {
    const heading = emptyHeading('x'.repeat(201));
    const draft: RecipeDraft = {
      ...emptyDraft(),
      name: 'Pasta',
      ingredients: [
        heading,
        { ...emptyIngredient(), name: 'a' },
        { ...emptyIngredient(), name: 'b' },
      ],
    };
    expect(errorsOf(draft)).toEqual({
      [`ingredients.${heading.key}`]: ['Must be at most 200 characters'],
    });
  });

  it('puts step headings before the step that follows them, skipping blank steps and headings', () => {
    const long = emptyHeading('y'.repeat(201));
    const draft: RecipeDraft = {
      ...emptyDraft(),
      name: 'Bread',
      steps: [
        emptyHeading('Dough'),
        { ...emptyStep(), text: 'Mix' },
        { ...emptyStep(), text: '   ' },
        emptyHeading(' '),
        emptyHeading('Baking'),
        { ...emptyStep(), text: 'Bake' },
      ],
    };
    expect(valid(draft).input).toMatchObject({
      steps: ['Mix', 'Bake'],
      stepGroups: [
        { at: 0, title: 'Dough' },
        { at: 1, title: 'Baking' },
      ],
    });
    expect(errorsOf({ ...draft, steps: [...draft.steps, long] })).toEqual({
      [`steps.${long.key}`]: ['Must be at most 200 characters'],
    });
  });

  it('points each error at the row on screen, not at its position among the rows sent', () => {
    const [blank, amountOnly, leek] = [emptyIngredient(), emptyIngredient(), emptyIngredient()];
    const draft = {
      ...emptyDraft(),
      name: 'Soup',
      servings: 'four',
      totalMinutes: '-5',
      ingredients: [blank, { ...amountOnly, quantity: '-1' }, { ...leek, name: 'leek' }],
    };
    const errors = errorsOf(draft);
    expect(Object.keys(errors).sort()).toEqual([
      `ingredients.${amountOnly.key}.name`,
      `ingredients.${amountOnly.key}.quantity`,
      'servings',
      'totalMinutes',
    ]);
    expect(errors.servings).toEqual(['Servings must be a whole number']);
    expect(errors[`ingredients.${amountOnly.key}.name`]).toEqual(['Ingredient name is required']);
  });

  it('maps server errors by row the same way, and leaves other paths alone', () => {
    const rowKeys = {
      ingredients: ['row-a', 'row-b'],
      ingredientGroups: [undefined, 'row-h'],
      steps: ['row-s'],
      stepGroups: ['row-g'],
    };
    expect(
      errorsByRow(
        {
          'ingredients.1.unit': ['Too long'],
          'ingredients.1.group': ['Heading too long'],
          'steps.0': ['Required'],
          'stepGroups.0.title': ['Heading required'],
          name: ['Required'],
        },
        rowKeys,
      ),
    ).toEqual({
      'ingredients.row-b.unit': ['Too long'],
      'ingredients.row-h': ['Heading too long'],
      'steps.row-s': ['Required'],
      'steps.row-g': ['Heading required'],
      name: ['Required'],
    });
  });
});
