import { describe, expect, it } from 'vitest';
import { type DraftLine } from '../draft.ts';
import { preferPrinted } from './printed-lines.ts';

const lines = (...texts: string[]): DraftLine[] => texts.map((text) => ({ text }));

describe('preferPrinted', () => {
  it('takes the printed lines where the data split them at commas', () => {
    const data = lines('250 g pork', 'in pieces', '1', '5 tsp mustard', 'Salt', 'pepper');
    const printed = lines('250 g pork, in pieces', '1,5 tsp mustard', 'Salt and pepper');
    expect(preferPrinted(data, printed)).toEqual({
      lines: printed,
      warning:
        "The ingredient lines are the page's printed ones: its recipe data splits lines apart",
    });
  });

  it("takes them where the data writes a template's plurals, keeping the data's groups", () => {
    const data = [
      { text: '1 pound(s) spaghetti' },
      { text: '2 clove(s) garlic', group: 'Sauce' },
      { text: '3 - slices bread', group: 'Sauce' },
    ];
    const printed = lines('1 pound spaghetti', 'SAUCE', '2 cloves garlic', '3 slices bread');
    expect(preferPrinted(data, printed)).toEqual({
      lines: [
        { text: '1 pound spaghetti' },
        { text: '2 cloves garlic', group: 'Sauce' },
        { text: '3 slices bread', group: 'Sauce' },
      ],
      warning:
        'The ingredient lines are the page\'s printed ones: its recipe data writes units as "cup(s)"',
    });
  });

  it('takes them where the data has no quantities at all', () => {
    const data = lines('oats', 'peanut butter');
    const printed = lines('1/2 cup oats', '2 tbsp peanut butter');
    expect(preferPrinted(data, printed)?.lines).toEqual(printed);
  });

  it("keeps the data's lines when they are as full, or not the same ingredients", () => {
    const data = lines('1 cup flour (sifted)', '2 eggs');
    expect(preferPrinted(data, lines('1 cup flour, sifted', '2 eggs'))).toBeUndefined();
    expect(preferPrinted(data, lines('1 cup (120 g) flour', '2 eggs'))).toBeUndefined();
    expect(preferPrinted(data, lines('1 cup flour'))).toBeUndefined();
    expect(preferPrinted(lines('sugar', 'milk'), lines('2 tbsp honey', '1 cup milk'))).toBe(
      undefined,
    );
    expect(preferPrinted(lines('1 cup(s) rice'), lines('1 cup rice', '1 onion'))).toBeUndefined();
  });

  it('leaves out a heading the data flattened into its list when the page prints it as one', () => {
    const data = lines('2 cup(s) flour', 'Glaze', '1 cup(s) sugar');
    const printed = [{ text: '2 cups flour' }, { text: '1 cup sugar', group: 'Glaze' }];
    expect(preferPrinted(data, printed)?.lines).toEqual(printed);
  });
});
