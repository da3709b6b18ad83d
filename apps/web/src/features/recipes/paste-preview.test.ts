import { describe, expect, it } from 'vitest';
import { sectionsOf } from './draft-items.ts';
import { readPastedLines } from './paste-preview.ts';
import type { IngredientDraft } from './recipe-draft.ts';

const PASTED = `For the dough:
2 1/2 cups flour, sifted
2-3 large eggs, beaten

For the sauce
1 tbsp olive oil (or butter)
salt`;

describe('pasting a list of ingredients', () => {
  it('turns heading lines into the group of the rows after them', () => {
    const { items } = readPastedLines(PASTED, 'en');
    const sections = sectionsOf<IngredientDraft>(items).map(({ heading, rows }) => [
      heading?.text,
      rows.map((row) => row.name),
    ]);
    expect(sections).toEqual([
      ['For the dough', ['flour', 'eggs']],
      ['For the sauce', ['olive oil', 'salt']],
    ]);
  });

  it('keeps the range, size, preparation and note of each line apart, and the line itself', () => {
    const rows = readPastedLines(PASTED, 'en').items.filter((item) => item.kind === 'ingredient');
    expect(rows).toMatchObject([
      { quantity: '2.5', quantityMax: '', unit: 'cup', name: 'flour', preparation: 'sifted' },
      {
        quantity: '2',
        quantityMax: '3',
        name: 'eggs',
        size: 'large',
        preparation: 'beaten',
        original: '2-3 large eggs, beaten',
      },
      { quantity: '1', unit: 'tbsp', name: 'olive oil', note: 'or butter' },
      { quantity: '', unit: '', name: 'salt' },
    ]);
  });

  it("reads in the person's language unless the lines clearly show another", () => {
    const german = '2 EL Olivenöl\n1 TL Salz\n3 Zehen Knoblauch, gehackt';
    expect(readPastedLines(german, 'en')).toMatchObject({
      language: 'de',
      detected: true,
      items: [
        { unit: 'tbsp' },
        { unit: 'tsp' },
        { quantity: '3', unit: 'clove', name: 'Knoblauch' },
      ],
    });
    // Nothing tells "200 g" apart: the person's own language reads it.
    expect(readPastedLines('200 g Mehl', 'de')).toMatchObject({ language: 'de', detected: false });
    // Asked for explicitly, a language is used as asked.
    expect(readPastedLines(german, 'en', 'fr')).toMatchObject({ language: 'fr', detected: false });
  });

  it('gives an empty paste no rows', () => {
    expect(readPastedLines(' \n\n', 'en').items).toEqual([]);
  });
});
