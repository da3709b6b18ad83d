import { describe, expect, it } from 'vitest';
import { amountText } from './amount-text.ts';
import { ingredientSections, stepSections } from './recipe-sections.ts';

describe('the recipe page', () => {
  it('groups consecutive ingredient rows under their heading', () => {
    const sections = ingredientSections([
      { name: 'pasta' },
      { name: 'tomato', group: 'Sauce' },
      { name: 'basil', group: 'Sauce' },
      { name: 'salt' },
    ]);
    expect(sections.map((section) => [section.title, section.rows.map((row) => row.name)])).toEqual(
      [
        [undefined, ['pasta']],
        ['Sauce', ['tomato', 'basil']],
        [undefined, ['salt']],
      ],
    );
  });

  it('numbers steps straight through their headings', () => {
    const steps = ['Mix', 'Knead', 'Shape', 'Bake'];
    expect(
      stepSections(steps, [
        { at: 3, title: 'Baking' },
        { at: 0, title: 'Dough' },
      ]),
    ).toEqual([
      { title: 'Dough', start: 1, steps: ['Mix', 'Knead', 'Shape'] },
      { title: 'Baking', start: 4, steps: ['Bake'] },
    ]);
    expect(stepSections(steps, [{ at: 2, title: 'Later' }])).toEqual([
      { start: 1, steps: ['Mix', 'Knead'] },
      { title: 'Later', start: 3, steps: ['Shape', 'Bake'] },
    ]);
    expect(stepSections(steps, [])).toEqual([{ start: 1, steps }]);
  });

  it('writes amounts as cooks do, in their language, scaled, ranges too', () => {
    expect(amountText({ quantity: '2', quantityMax: '3' }, 'en')).toBe('2–3');
    expect(amountText({ quantity: '2', quantityMax: '3' }, 'en', 2)).toBe('4–6');
    expect(amountText({ quantity: '1.5', quantityMax: '2', unit: 'cup' }, 'en')).toBe('1½–2 cups');
    expect(amountText({ quantity: '0.5', unit: 'cup' }, 'en')).toBe('½ cup');
    expect(amountText({ quantity: '1', unit: 'cup' }, 'en', 1 / 3)).toBe('⅓ cup');
    expect(amountText({ quantity: '2', unit: 'tbsp' }, 'de')).toBe('2 EL');
    expect(amountText({ quantity: '1', unit: 'clove' }, 'de', 3)).toBe('3 Zehen');
    expect(amountText({ quantity: '750', unit: 'g' }, 'de', 2)).toBe('1500 g');
    expect(amountText({ unit: 'pinch' }, 'fr')).toBe('pincée');
    expect(amountText({}, 'en')).toBe('');
  });
});
