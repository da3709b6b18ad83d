import { describe, expect, it } from 'vitest';
import { moveItem, moveToGroup, sectionsOf } from './draft-items.ts';
import { emptyHeading, emptyIngredient, type IngredientDraft } from './recipe-draft.ts';

const row = (name: string): IngredientDraft => ({ ...emptyIngredient(), key: name, name });
const heading = (text: string) => ({ ...emptyHeading(text), key: `# ${text}` });
const keys = (items: { key: string }[]) => items.map((item) => item.key);

describe('rows under headings', () => {
  const items = [
    row('pasta'),
    heading('Sauce'),
    row('tomato'),
    row('basil'),
    heading('Top'),
    row('cheese'),
  ];

  it('shows each heading with the rows after it', () => {
    expect(
      sectionsOf<IngredientDraft>(items).map(({ heading: h, rows }) => [h?.text, keys(rows)]),
    ).toEqual([
      [undefined, ['pasta']],
      ['Sauce', ['tomato', 'basil']],
      ['Top', ['cheese']],
    ]);
    // No rows before the first heading: no empty first section.
    expect(sectionsOf<IngredientDraft>(items.slice(1))).toHaveLength(2);
    expect(sectionsOf<IngredientDraft>([])).toEqual([{ rows: [] }]);
  });

  it('moves a row into the group above or below when it passes a heading', () => {
    expect(keys(moveItem(items, 2, 1))).toEqual([
      'pasta',
      'tomato',
      '# Sauce',
      'basil',
      '# Top',
      'cheese',
    ]);
    expect(moveItem(items, 0, -1)).toBe(items);
    expect(moveItem(items, 5, 6)).toBe(items);
  });

  it('moves a row to the end of another group, or to the rows before any heading', () => {
    expect(keys(moveToGroup(items, 'cheese', '# Sauce'))).toEqual([
      'pasta',
      '# Sauce',
      'tomato',
      'basil',
      'cheese',
      '# Top',
    ]);
    expect(keys(moveToGroup(items, 'basil', undefined))).toEqual([
      'pasta',
      'basil',
      '# Sauce',
      'tomato',
      '# Top',
      'cheese',
    ]);
    expect(keys(moveToGroup(items, 'pasta', '# Top')).at(-1)).toBe('pasta');
    expect(moveToGroup(items, 'pasta', '# Gone')).toBe(items);
  });
});
