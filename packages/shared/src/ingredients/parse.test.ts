import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detect-language.ts';
import { findUnit, readQuantityText } from './find-unit.ts';
import { parseIngredient, parseIngredientLines } from './parse.ts';
import { PhraseMatcher } from './phrases.ts';

const parts = (line: string, language?: 'en' | 'de' | 'fr' | 'es' | 'nl' | 'it') => {
  const parsed = parseIngredient(line, language ? { language } : {});
  if (parsed.kind !== 'ingredient') throw new Error(`${line} is a ${parsed.kind}`);
  const { kind: _, original, ...rest } = parsed;
  expect(original).toBe(line.trim());
  return rest;
};

describe('parseIngredient', () => {
  it.each([
    ['2 or 3 tbsp olive oil', { quantity: '2', quantityMax: '3', unit: 'tbsp', name: 'olive oil' }],
    ['1 to 1¼ cups milk', { quantity: '1', quantityMax: '1.25', unit: 'cup', name: 'milk' }],
    ['2-3 eggs', { quantity: '2', quantityMax: '3', name: 'eggs' }],
    [
      '1/3 cup plus 1 tbsp sugar',
      { quantity: '0.3333', unit: 'cup', name: 'sugar', note: 'plus 1 tbsp' },
    ],
    [
      '4 ounces (1 stick/115 grams) butter',
      { quantity: '4', unit: 'oz', name: 'butter', note: '1 stick/115 grams' },
    ],
    ['150g/5½oz plain flour', { quantity: '150', unit: 'g', name: 'plain flour', note: '5 1/2oz' }],
    ['1 pound / 450 g beef', { quantity: '1', unit: 'lb', name: 'beef', note: '450 g' }],
    ['4 ounces (115 g) cheddar', { quantity: '4', unit: 'oz', name: 'cheddar', note: '115 g' }],
    [
      '2 x 400g cans chopped tomatoes',
      { quantity: '2', unit: 'can', name: 'chopped tomatoes', note: '400g' },
    ],
    [
      '2 (15-ounce) cans black beans, drained',
      { quantity: '2', unit: 'can', name: 'black beans', preparation: 'drained', note: '15-ounce' },
    ],
    ['Juice of 1 lemon', { quantity: '1', name: 'lemon', preparation: 'Juice' }],
    ['300mg salt', { quantity: '300', unit: 'mg', name: 'salt' }],
    ['1cup flour', { quantity: '1', unit: 'cup', name: 'flour' }],
    ['2 Tbsp. honey', { quantity: '2', unit: 'tbsp', name: 'honey' }],
    ['4 Tb butter', { quantity: '4', unit: 'tbsp', name: 'butter' }],
    ['1 T sugar', { quantity: '1', unit: 'tbsp', name: 'sugar' }],
    ['1 t vanilla', { quantity: '1', unit: 'tsp', name: 'vanilla' }],
    ['1 package frozen peas', { quantity: '1', unit: 'package', name: 'frozen peas' }],
    [
      '3 cloves garlic, minced',
      { quantity: '3', unit: 'clove', name: 'garlic', preparation: 'minced' },
    ],
    ['2 heads of lettuce', { quantity: '2', unit: 'head', name: 'lettuce' }],
    ['1 bunch cilantro', { quantity: '1', unit: 'bunch', name: 'cilantro' }],
    ['2 sprigs thyme', { quantity: '2', unit: 'sprig', name: 'thyme' }],
    ['3 slices bacon', { quantity: '3', unit: 'slice', name: 'bacon' }],
    ['1 stick butter', { quantity: '1', unit: 'stick', name: 'butter' }],
    ['salt, 1 tsp', { quantity: '1', unit: 'tsp', name: 'salt' }],
    ['one onion', { quantity: '1', name: 'onion' }],
    ['a dozen eggs', { quantity: '12', name: 'eggs' }],
    ['half an onion', { quantity: '0.5', name: 'onion' }],
    ['one and a half cups water', { quantity: '1.5', unit: 'cup', name: 'water' }],
    ['2,5 kg potatoes', { quantity: '2.5', unit: 'kg', name: 'potatoes' }],
    ['1 1/2 cups flour', { quantity: '1.5', unit: 'cup', name: 'flour' }],
    ['1-1/2 cups flour', { quantity: '1.5', unit: 'cup', name: 'flour' }],
    [
      '2 large tomatoes, diced',
      { quantity: '2', name: 'tomatoes', size: 'large', preparation: 'diced' },
    ],
    [
      '1 medium-large onion, peeled and finely chopped',
      {
        quantity: '1',
        name: 'onion',
        size: 'medium-large',
        preparation: 'peeled and finely chopped',
      },
    ],
    [
      '6 cups whole wheat flour (about 2 pounds)',
      { quantity: '6', unit: 'cup', name: 'whole wheat flour', note: 'about 2 pounds' },
    ],
    ['Parsley, to serve', { name: 'Parsley', note: 'to serve' }],
    ['1 lemon (see note)', { quantity: '1', name: 'lemon', note: 'see note' }],
    [
      '1 lb ground beef, or lean ground pork',
      { quantity: '1', unit: 'lb', name: 'ground beef', note: 'or lean ground pork' },
    ],
    ['a pinch of salt', { quantity: '1', unit: 'pinch', name: 'salt' }],
    ['Pinch of nutmeg', { unit: 'pinch', name: 'nutmeg' }],
  ])('reads "%s"', (line, expected) => {
    expect(parts(line)).toEqual(expected);
  });

  it('reads the six languages’ units and words', () => {
    expect(parts('2 EL Olivenöl', 'de')).toEqual({ quantity: '2', unit: 'tbsp', name: 'Olivenöl' });
    expect(parts('1 Prise Salz', 'de')).toEqual({ quantity: '1', unit: 'pinch', name: 'Salz' });
    expect(parts("1 c. à soupe d'huile", 'fr')).toEqual({
      quantity: '1',
      unit: 'tbsp',
      name: 'huile',
    });
    expect(parts('2 cucharadas de azúcar', 'es')).toEqual({
      quantity: '2',
      unit: 'tbsp',
      name: 'azúcar',
    });
    expect(parts('1 eetlepel olie', 'nl')).toEqual({ quantity: '1', unit: 'tbsp', name: 'olie' });
    expect(parts("1 cucchiaio d'olio", 'it')).toEqual({
      quantity: '1',
      unit: 'tbsp',
      name: 'olio',
    });
  });

  it('returns headings as headings, not ingredients', () => {
    for (const line of [
      'For the sauce:',
      'Icing',
      'FOR THE CAKE',
      'Topping:',
      'Für den Teig:',
      'Pour la garniture',
    ]) {
      expect(
        parseIngredient(line, {
          language:
            line.startsWith('F') && line.includes('ü')
              ? 'de'
              : line.startsWith('Pour')
                ? 'fr'
                : 'en',
        }).kind,
        line,
      ).toBe('heading');
    }
    expect(parseIngredient('For the sauce:')).toEqual({
      kind: 'heading',
      heading: 'For the sauce',
      original: 'For the sauce:',
    });
    expect(parseIngredient('Salt').kind).toBe('ingredient');
    expect(parseIngredient('2 cups sauce').kind).toBe('ingredient');
  });

  it('never throws and never loses what was typed, whatever the line', () => {
    const lines = [
      '',
      '   ',
      '!!!...???',
      '('.repeat(20_000),
      ')'.repeat(20_000),
      `2 cups ${'flour '.repeat(2_000)}`,
      '1/0 cup sugar',
      '0 eggs',
      '½'.repeat(5_000),
      '-'.repeat(10_000),
      'x'.repeat(10_000),
      '1 '.repeat(5_000),
    ];
    for (const line of lines) {
      const parsed = parseIngredient(line);
      expect(parsed.original).toBe(line.trim());
      if (parsed.kind === 'ingredient') expect(parsed.name.length).toBeGreaterThan(0);
    }
    expect(parseIngredient('!!!...???').kind).toBe('blank');
    expect(parseIngredient('').kind).toBe('blank');
  });

  it(
    'does work in proportion to the line, even for 20,000 unmatched "("',
    { timeout: 120_000 },
    () => {
      // Phrase lookups are the parser's unit of work (tokenizing and normalizing are single
      // passes): four times the line must mean about four times the lookups, never sixteen.
      // A counting wrapper rather than a spy: a spy would keep every call's arguments.
      const prototype = PhraseMatcher.prototype;
      const { matchAt } = Object.getOwnPropertyDescriptors(prototype);
      let lookups = 0;
      prototype.matchAt = function count(this: PhraseMatcher<unknown>, ...args) {
        lookups += 1;
        return (matchAt.value as typeof prototype.matchAt).apply(this, args);
      };
      const work = (line: string) => {
        lookups = 0;
        parseIngredient(line);
        return lookups;
      };
      for (const unit of [
        '(',
        '( a ',
        'chopped and ',
        'finely ',
        '1 ',
        ', or ',
        'and ',
        'x ',
        '1/2 cup (',
        'of ',
      ]) {
        const short = work(unit.repeat(5_000));
        expect(work(unit.repeat(20_000)) / Math.max(short, 1), unit).toBeLessThan(4.5);
      }
      Object.defineProperty(prototype, 'matchAt', matchAt);
    },
  );

  it('splits a pasted list, keeping headings and dropping blank lines', () => {
    const rows = parseIngredientLines('For the dough:\n2 cups flour\n\n  - 1 tsp salt\r\n3 eggs\n');
    expect(rows.map((row) => row.kind)).toEqual([
      'heading',
      'ingredient',
      'ingredient',
      'ingredient',
    ]);
  });
});

describe('typed units and quantities', () => {
  it('finds units in any spelling, in the line’s language first', () => {
    expect(findUnit('Tablespoons')?.unit).toBe('tbsp');
    expect(findUnit('T')?.unit).toBe('tbsp');
    expect(findUnit('t')?.unit).toBe('tsp');
    expect(findUnit('EL')?.unit).toBe('tbsp');
    expect(findUnit('el', 'nl')?.unit).toBe('tbsp');
    expect(findUnit('cuillère à café', 'fr')?.unit).toBe('tsp');
    expect(findUnit('cups')?.unit).toBe('cup');
    expect(findUnit('clove')?.unit).toBe('clove');
    expect(findUnit('splosh')).toBeUndefined();
  });

  it('reads typed quantities', () => {
    expect(readQuantityText('1½')).toEqual({ value: 1.5 });
    expect(readQuantityText('2,5', 'de')).toEqual({ value: 2.5 });
    expect(readQuantityText('2-3')).toEqual({ value: 2, max: 3 });
    expect(readQuantityText('a splash')).toBeUndefined();
  });
});

describe('detectLanguage', () => {
  it('tells the language from words only it uses, or says nothing', () => {
    expect(detectLanguage(['2 EL Olivenöl', '1 Prise Salz', '3 Zehen Knoblauch'])).toBe('de');
    expect(detectLanguage(['2 cucharadas de aceite', '3 dientes de ajo'])).toBe('es');
    expect(detectLanguage(["1 gousse d'ail", '2 cuillères à soupe de sucre'])).toBe('fr');
    expect(detectLanguage(['1 eetlepel olie', '2 tenen knoflook'])).toBe('nl');
    expect(detectLanguage(["2 spicchi d'aglio", '1 cucchiaino di sale'])).toBe('it');
    expect(detectLanguage(['2 tablespoons olive oil', '3 cloves garlic'])).toBe('en');
    expect(detectLanguage(['200 g', '1 l'])).toBeUndefined();
  });
});
