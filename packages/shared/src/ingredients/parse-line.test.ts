import { describe, expect, it } from 'vitest';
import { parseIngredientLine, parseIngredientLines } from './parse-line.ts';

describe('parseIngredientLine', () => {
  it.each([
    ['2 1/2 cups flour, sifted', { quantity: '2.5', unit: 'cup', name: 'flour', note: 'sifted' }],
    ['1½ tbsp olive oil', { quantity: '1.5', unit: 'tbsp', name: 'olive oil' }],
    ['½ tsp salt', { quantity: '0.5', unit: 'tsp', name: 'salt' }],
    ['1/3 cup sugar', { quantity: '0.3333', unit: 'cup', name: 'sugar' }],
    ['400g chopped tomatoes', { quantity: '400', unit: 'g', name: 'chopped tomatoes' }],
    ['2,5 kg potatoes', { quantity: '2.5', unit: 'kg', name: 'potatoes' }],
    [
      '3 Tablespoons butter (softened)',
      { quantity: '3', unit: 'tbsp', name: 'butter', note: 'softened' },
    ],
    ['1 T honey', { quantity: '1', unit: 'tbsp', name: 'honey' }],
    ['1 t vanilla', { quantity: '1', unit: 'tsp', name: 'vanilla' }],
    ['8 fl oz cream', { quantity: '8', unit: 'fl oz', name: 'cream' }],
    ['2 cloves garlic, crushed', { quantity: '2', unit: 'clove', name: 'garlic', note: 'crushed' }],
    ['a pinch of salt', { quantity: '1', unit: 'pinch', name: 'salt' }],
    ['2-3 carrots', { quantity: '2', name: 'carrots' }],
    ['3 large eggs', { quantity: '3', name: 'large eggs' }],
    ['salt and pepper to taste', { name: 'salt and pepper to taste' }],
    ['• 1 lemon, zest only', { quantity: '1', name: 'lemon', note: 'zest only' }],
  ])('reads "%s"', (line, expected) => {
    expect(parseIngredientLine(line)).toEqual({ ...expected, original: line.replace(/^•\s*/, '') });
  });

  it('never loses what was typed', () => {
    for (const line of ['1 cup', '12', '(optional)', 'cups flour']) {
      const parsed = parseIngredientLine(line)!;
      expect(parsed.original).toBe(line);
      expect(parsed.name.length).toBeGreaterThan(0);
    }
  });

  it('splits a pasted list, skipping blank lines', () => {
    const rows = parseIngredientLines('2 cups flour\n\n  - 1 tsp salt\r\n3 eggs\n');
    expect(rows.map((row) => row.name)).toEqual(['flour', 'salt', 'eggs']);
  });
});
