import { describe, expect, it } from 'vitest';
import { parseYield } from './yield.ts';

describe('parseYield', () => {
  it.each([
    ['4', { servings: 4 }],
    [4, { servings: 4 }],
    ['4 servings', { servings: 4 }],
    [['4', '4 people'], { servings: 4 }],
    ['Makes 12', { servings: 12 }],
    ['Serves 4-6', { servings: 4, yieldText: 'Serves 4-6' }],
    ['Für 4 Personen', { servings: 4 }],
    ['6 porcií', { servings: 6 }],
    ['1 loaf', { yieldText: '1 loaf' }],
    ['Makes 12 cookies', { yieldText: 'Makes 12 cookies' }],
    [['12', '12 cookies'], { servings: 12, yieldText: '12 cookies' }],
    ['4 servings (1 cup each)', { servings: 4, yieldText: '4 servings (1 cup each)' }],
    ['a big bowl', { yieldText: 'a big bowl' }],
    [{ '@type': 'QuantitativeValue', value: 6, unitText: 'servings' }, { servings: 6 }],
  ])('%j', (value, expected) => {
    expect(parseYield(value)).toEqual(expected);
  });

  it('reads nothing from nothing', () => {
    expect(parseYield(undefined)).toEqual({});
    expect(parseYield('')).toEqual({});
    expect(parseYield({ amount: 4 })).toEqual({});
    expect(parseYield('0')).toEqual({ yieldText: '0' });
  });
});
