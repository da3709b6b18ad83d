import { describe, expect, it } from 'vitest';
import {
  collapseDoubledParentheses,
  mendIngredientLine,
  mendIngredientList,
} from './ingredient-lines.ts';

const lines = (...texts: string[]) => texts.map((text) => ({ text }));

describe('mendIngredientLine', () => {
  it.each([
    ['▢ 2 cups flour', '2 cups flour'],
    ['• 1 egg', '1 egg'],
    ['- 1 tsp salt', '1 tsp salt'],
    ['\u00a02\u00a0 cups \t milk ', '2 cups milk'],
    ['1 cup rice ((about 200 g))', '1 cup rice (about 200 g)'],
    ['1 1/2 cups carrots ((see notes) (about 2))', '1 1/2 cups carrots (see notes) (about 2)'],
    ['1 apple , cored', '1 apple, cored'],
    ['500.0 g chickpeas', '500 g chickpeas'],
    ['2.5 cups stock', '2.5 cups stock'],
  ])('%j → %j', (line, mended) => {
    expect(mendIngredientLine(line)).toBe(mended);
  });

  it('keeps parentheses that hold more than another pair', () => {
    expect(collapseDoubledParentheses('salt (to taste (optional))')).toBe(
      'salt (to taste (optional))',
    );
    expect(collapseDoubledParentheses('a (b) c')).toBe('a (b) c');
    expect(collapseDoubledParentheses('🍋 ((zest))')).toBe('🍋 (zest)');
  });
});

describe('mendIngredientList', () => {
  it('turns headings flattened into the list back into groups', () => {
    expect(
      mendIngredientList(
        lines(
          'For the dough:',
          '2 cups flour',
          '## Sauce',
          '1 can tomatoes',
          'For the topping',
          'Basil',
        ),
      ),
    ).toEqual([
      { text: '2 cups flour', group: 'For the dough' },
      { text: '1 can tomatoes', group: 'Sauce' },
      { text: 'Basil', group: 'For the topping' },
    ]);
  });

  it('drops empty and repeated lines, a second copy of the list and the list title', () => {
    expect(mendIngredientList(lines('Ingredients', '1 egg', '', '1 egg', '2 cups milk'))).toEqual(
      lines('1 egg', '2 cups milk'),
    );
    expect(mendIngredientList(lines('1 egg', '2 cups milk', '1 egg', '2 cups milk'))).toEqual(
      lines('1 egg', '2 cups milk'),
    );
  });

  it('keeps a line that only looks like a heading when nothing follows it', () => {
    expect(mendIngredientList(lines('1 egg', 'Garnish:'))).toEqual(lines('1 egg', 'Garnish:'));
  });

  it('keeps at most 200 lines', () => {
    expect(
      mendIngredientList(lines(...Array.from({ length: 500 }, (_, index) => `${index} g salt`))),
    ).toHaveLength(200);
  });
});
