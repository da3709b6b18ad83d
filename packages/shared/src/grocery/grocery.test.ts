import { describe, expect, it } from 'vitest';
import { aisleFor } from './aisles.ts';
import { foodKey } from './food-key.ts';
import { formatAmount, formatAmounts } from './format.ts';
import { planAdditions, type PlannedItem } from './plan.ts';
import { mergeAmount, scaleAmount } from './quantities.ts';

describe('food names', () => {
  it('ignore case, plural, spacing and punctuation', () => {
    expect(foodKey('Tomatoes')).toBe('tomato');
    expect(foodKey('  Cherry   tomatoes ')).toBe('cherry tomato');
    expect(foodKey('Eggs')).toBe(foodKey('egg'));
    expect(foodKey('Berries')).toBe('berry');
    expect(foodKey('Peaches')).toBe('peach');
    expect(foodKey('Bay leaves')).toBe('bay leaf');
    expect(foodKey('Hummus')).toBe('hummus');
    expect(foodKey('glass')).toBe('glass');
    expect(foodKey('Crème fraîche!')).toBe('crème fraîche');
  });

  it('leave size, preparation and notes out', () => {
    expect(foodKey('large tomatoes, diced')).toBe(foodKey('tomatoes'));
    expect(foodKey('2 large eggs, beaten')).toBe('egg');
    expect(foodKey('fresh basil (optional)')).toBe('fresh basil');
  });
});

describe('merging amounts', () => {
  it('converts within mass and volume, both directions', () => {
    expect(mergeAmount([{ quantity: '1', unit: 'cup' }], { quantity: '250', unit: 'ml' })).toEqual([
      { quantity: '486.5882', unit: 'ml' },
    ]);
    expect(mergeAmount([{ quantity: '250', unit: 'ml' }], { quantity: '1', unit: 'cup' })).toEqual([
      { quantity: '486.5882', unit: 'ml' },
    ]);
    expect(mergeAmount([{ quantity: '1', unit: 'kg' }], { quantity: '200', unit: 'g' })).toEqual([
      { quantity: '1200', unit: 'g' },
    ]);
    expect(mergeAmount([{ quantity: '1', unit: 'lb' }], { quantity: '8', unit: 'oz' })).toEqual([
      { quantity: '680.3886', unit: 'g' },
    ]);
    expect(mergeAmount([{ quantity: '1', unit: 'tbsp' }], { quantity: '3', unit: 'tsp' })).toEqual([
      { quantity: '29.5735', unit: 'ml' },
    ]);
  });

  it('adds the same unit without converting, and counts without a unit', () => {
    expect(mergeAmount([{ quantity: '2', unit: 'cup' }], { quantity: '1', unit: 'cups' })).toEqual([
      { quantity: '3', unit: 'cup' },
    ]);
    expect(mergeAmount([{ quantity: '2' }], { quantity: '3' })).toEqual([{ quantity: '5' }]);
    expect(
      mergeAmount([{ quantity: '1', unit: 'clove' }], { quantity: '2', unit: 'cloves' }),
    ).toEqual([{ quantity: '3', unit: 'clove' }]);
  });

  it('keeps incompatible units side by side, never dropping a quantity', () => {
    const flour = mergeAmount([{ quantity: '2', unit: 'cup' }], { quantity: '100', unit: 'g' });
    expect(flour).toEqual([
      { quantity: '2', unit: 'cup' },
      { quantity: '100', unit: 'g' },
    ]);
    expect(formatAmounts(flour)).toBe('2 cup + 100 g');
    expect(mergeAmount([{ quantity: '2' }], { quantity: '1', unit: 'kg' })).toHaveLength(2);
    expect(
      mergeAmount([{ quantity: '1', unit: 'can' }], { quantity: '400', unit: 'g' }),
    ).toHaveLength(2);
    expect(mergeAmount([{ quantity: '1', unit: 'kg' }], { text: 'a handful' })).toEqual([
      { quantity: '1', unit: 'kg' },
      { text: 'a handful' },
    ]);
  });

  it('keeps both ends of a range through sums and conversions', () => {
    expect(mergeAmount([{ quantity: '2', quantityMax: '3' }], { quantity: '2' })).toEqual([
      { quantity: '4', quantityMax: '5' },
    ]);
    expect(mergeAmount([{ quantity: '2' }], { quantity: '1', quantityMax: '2' })).toEqual([
      { quantity: '3', quantityMax: '4' },
    ]);
    expect(
      mergeAmount([{ quantity: '1', quantityMax: '2', unit: 'cup' }], {
        quantity: '250',
        unit: 'ml',
      }),
    ).toEqual([{ quantity: '486.5882', quantityMax: '723.1765', unit: 'ml' }]);
    expect(scaleAmount({ quantity: '2', quantityMax: '3' }, 2)).toEqual({
      quantity: '4',
      quantityMax: '6',
    });
    expect(formatAmount({ quantity: '4', quantityMax: '5' })).toBe('4–5');
  });

  it('scales by servings', () => {
    expect(scaleAmount({ quantity: '200', unit: 'g' }, 6 / 4)).toEqual({
      quantity: '300',
      unit: 'g',
    });
    expect(scaleAmount({ quantity: '1', unit: 'cup' }, 1 / 3)).toEqual({
      quantity: '0.3333',
      unit: 'cup',
    });
    expect(scaleAmount({ text: 'to taste' }, 2)).toEqual({ text: 'to taste' });
  });
});

describe('showing amounts', () => {
  it('uses sensible units', () => {
    expect(formatAmount({ quantity: '1200', unit: 'g' })).toBe('1.2 kg');
    expect(formatAmount({ quantity: '486.5882', unit: 'ml' })).toBe('487 ml');
    expect(formatAmount({ quantity: '1500', unit: 'ml' })).toBe('1.5 l');
    expect(formatAmount({ quantity: '0.3333', unit: 'cup' })).toBe('0.333 cup');
    expect(formatAmount({ quantity: '3' })).toBe('3');
    expect(formatAmount({ text: 'a splash' })).toBe('a splash');
  });

  it("speaks the person's language when given one, ranges and all", () => {
    expect(formatAmount({ quantity: '4', quantityMax: '5', unit: 'clove' }, 'de')).toBe(
      '4–5 Zehen',
    );
    expect(formatAmount({ quantity: '1200', unit: 'g' }, 'de')).toBe('1,2 kg');
    expect(formatAmount({ quantity: '1', unit: 'cup' }, 'en')).toBe('1 cup');
    expect(formatAmount({ quantity: '2', unit: 'cup' }, 'en')).toBe('2 cups');
    expect(formatAmount({ quantity: '2', unit: 'Schälchen' }, 'de')).toBe('2 Schälchen');
    expect(formatAmounts([{ quantity: '2', unit: 'tbsp' }, { text: 'a splash' }], 'fr')).toBe(
      '2 c. à s. + a splash',
    );
  });
});

describe('planning additions to a list', () => {
  const list: PlannedItem[] = [
    {
      id: 'milk',
      name: 'Milk',
      foodKey: 'milk',
      amounts: [{ quantity: '250', unit: 'ml' }],
      checked: false,
      sourceRecipeIds: [],
    },
    {
      id: 'eggs',
      name: 'Eggs',
      foodKey: 'egg',
      amounts: [{ quantity: '6' }],
      checked: true,
      sourceRecipeIds: [],
    },
  ];

  it('joins unchecked lines of the same food, starts new lines otherwise, remembering recipes', () => {
    const plan = planAdditions(list, [
      { name: 'milk', amount: { quantity: '1', unit: 'cup' }, sourceRecipeId: 'pancakes' },
      { name: 'Egg', amount: { quantity: '2' }, sourceRecipeId: 'pancakes' },
      { name: 'Tomatoes', amount: { quantity: '3' } },
      { name: 'tomato', amount: { quantity: '2' } },
    ]);
    expect(plan.items.find((item) => item.id === 'milk')).toMatchObject({
      amounts: [{ quantity: '486.5882', unit: 'ml' }],
      sourceRecipeIds: ['pancakes'],
    });
    expect(plan.items.filter((item) => item.foodKey === 'egg')).toHaveLength(2); // the ticked eggs are left alone
    expect(plan.items.find((item) => item.foodKey === 'tomato')).toMatchObject({
      name: 'Tomatoes',
      amounts: [{ quantity: '5' }],
      category: 'Produce',
    });
    expect(plan.outcomes.map((outcome) => outcome.merged)).toEqual([true, false, false, false]);
    const tomatoes = planAdditions(
      [
        {
          ...list[0]!,
          id: 'tomatoes',
          name: 'large tomatoes, diced',
          foodKey: 'stale key',
          amounts: [{ quantity: '2' }],
        },
      ],
      [{ name: 'tomatoes', amount: { quantity: '3' } }],
    );
    expect(tomatoes.items).toHaveLength(1);
    expect(tomatoes.items[0]!.amounts).toEqual([{ quantity: '5' }]);
    expect(list[0]!.amounts).toEqual([{ quantity: '250', unit: 'ml' }]); // the input is not changed
  });
});

describe('aisles', () => {
  it('group common foods', () => {
    expect(aisleFor('Cherry tomatoes')).toBe('Produce');
    expect(aisleFor('chicken thighs')).toBe('Meat & fish');
    expect(aisleFor('Greek yoghurt')).toBe('Dairy & eggs');
    expect(aisleFor('plain flour')).toBe('Pantry');
    expect(aisleFor('ground cumin')).toBe('Spices & herbs');
    expect(aisleFor('washing-up liquid')).toBe('Other');
  });
});
