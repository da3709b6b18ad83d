import { describe, expect, it } from 'vitest';
import { fieldErrorsFrom } from '../field-errors.ts';
import { ZGroceryAddItems } from './grocery.ts';
import { ZQuantity, ZRecipeInput, ZRecipeSearchInput } from './recipe.ts';
import { ZPassword, ZUsername } from './user.ts';

function fieldErrors(result: { success: boolean; error?: unknown }) {
  if (result.success) throw new Error('expected a validation failure');
  return fieldErrorsFrom(result.error as Parameters<typeof fieldErrorsFrom>[0]);
}

describe('recipe input', () => {
  it('accepts a full recipe and normalises it', () => {
    const recipe = ZRecipeInput.parse({
      name: '  Lasagne ',
      servings: 4,
      sourceUrl: '',
      tags: ['Pasta', 'pasta', ' Italian'],
      steps: ['Boil', 'Bake'],
      ingredients: [{ quantity: '2.5', unit: 'cups', name: 'flour', note: '' }],
    });
    expect(recipe).toEqual({
      name: 'Lasagne',
      servings: 4,
      sourceUrl: undefined,
      tags: ['pasta', 'italian'],
      steps: ['Boil', 'Bake'],
      stepGroups: [],
      ingredients: [{ quantity: '2.5', unit: 'cups', name: 'flour', note: undefined }],
    });
  });

  it('reports every bad field by its path', () => {
    const errors = fieldErrors(
      ZRecipeInput.safeParse({
        name: '',
        servings: -1,
        prepMinutes: 1.5,
        sourceUrl: 'javascript:alert(1)',
        ingredients: [{ name: 'ok' }, { name: 'salt', quantity: 'a pinch' }],
      }),
    );
    expect(Object.keys(errors).sort()).toEqual([
      'ingredients.1.quantity',
      'name',
      'prepMinutes',
      'servings',
      'sourceUrl',
    ]);
    expect(errors.servings).toEqual(['Servings must be at least 1']);
  });

  it('bounds over-long text and lists', () => {
    const errors = fieldErrors(
      ZRecipeInput.safeParse({
        name: 'x'.repeat(201),
        tags: Array.from({ length: 31 }, (_, i) => `t${i}`),
      }),
    );
    expect(errors.name).toEqual(['Must be at most 200 characters']);
    expect(errors.tags).toEqual(['At most 30 tags']);
  });
});

describe('quantities', () => {
  it('are exact positive decimals kept as text', () => {
    for (const ok of ['1', '2.5', '0.3333', '12000']) expect(ZQuantity.parse(ok)).toBe(ok);
    for (const bad of ['0', '-1', '1/2', '1e3', '2.12345', 'NaN', '']) {
      expect(ZQuantity.safeParse(bad).success, bad).toBe(false);
    }
  });
});

describe('accounts', () => {
  it('normalise usernames and reject unsafe ones', () => {
    expect(ZUsername.parse('  Alice.B ')).toBe('alice.b');
    expect(ZUsername.safeParse('../etc').success).toBe(false);
    expect(ZUsername.safeParse('ab').success).toBe(false);
  });

  it('require passwords of at least 12 characters', () => {
    expect(ZPassword.safeParse('short').success).toBe(false);
    expect(ZPassword.safeParse('correct horse battery').success).toBe(true);
  });
});

describe('other inputs', () => {
  it('bound search limits and grocery batches', () => {
    expect(ZRecipeSearchInput.parse({})).toEqual({ limit: 20 });
    expect(fieldErrors(ZRecipeSearchInput.safeParse({ limit: 1000 })).limit).toEqual([
      'Limit must be at most 100',
    ]);
    expect(fieldErrors(ZGroceryAddItems.safeParse({ items: [] })).items).toEqual([
      'Add at least one item',
    ]);
  });
});
