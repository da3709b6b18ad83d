import { describe, expect, it } from 'vitest';
import { formatQuantity } from './format-quantity.ts';
import { formatUnit } from './format-unit.ts';
import { languageOfTag, preferredLanguage } from './language-tag.ts';
import { COUNT_UNITS, UNITS } from './units.ts';
import { LANGUAGES } from './lexicon/index.ts';
import { UNIT_NAMES } from './unit-names/index.ts';

describe('formatUnit', () => {
  it.each([
    ['tbsp', 2, 'de', 'EL'],
    ['tsp', 1, 'de', 'TL'],
    ['tbsp', 2, 'fr', 'c. à s.'],
    ['tsp', 0.5, 'fr', 'c. à c.'],
    ['tbsp', 1, 'es', 'cda.'],
    ['tbsp', 3, 'es', 'cdas.'],
    ['tsp', 2, 'es', 'cdtas.'],
    ['tbsp', 2, 'nl', 'el'],
    ['tsp', 2, 'nl', 'tl'],
    ['tbsp', 1, 'it', 'cucchiaio'],
    ['tbsp', 2, 'it', 'cucchiai'],
    ['tsp', 3, 'it', 'cucchiaini'],
    ['clove', 1, 'en', 'clove'],
    ['clove', 3, 'en', 'cloves'],
    ['clove', 3, 'de', 'Zehen'],
    ['leaf', 2, 'en', 'leaves'],
    ['knife tip', 1, 'de', 'Msp.'],
    ['knife tip', 2, 'en', 'knife tips'],
    ['pinch', 2, 'en', 'pinches'],
    ['g', 200, 'it', 'g'],
    ['tbsp', 4, 'en', 'tbsp'],
  ] as const)('(%s, %d, %s) → %s', (unit, quantity, language, expected) => {
    expect(formatUnit(unit, quantity, language)).toBe(expected);
  });

  it('keeps the singular up to one (below two in French), and without an amount', () => {
    expect(formatUnit('cup', 0.5, 'en')).toBe('cup');
    expect(formatUnit('cup', 1.5, 'en')).toBe('cups');
    expect(formatUnit('cup', 1.5, 'fr')).toBe('tasse');
    expect(formatUnit('cup', 2, 'fr')).toBe('tasses');
    expect(formatUnit('pinch', undefined, 'de')).toBe('Prise');
  });

  it('leaves a unit that is not a code as it was written', () => {
    expect(formatUnit('Schälchen', 2, 'de')).toBe('Schälchen');
    expect(formatUnit('constructor', 2, 'en')).toBe('constructor');
  });

  it('has a name for every unit code in every language, and its own for every counted one', () => {
    for (const language of LANGUAGES) {
      for (const { unit } of UNITS) {
        expect(formatUnit(unit, 2, language), `${unit} in ${language}`).toMatch(/\S/);
      }
      const missing = COUNT_UNITS.filter((unit) => !Object.hasOwn(UNIT_NAMES[language], unit));
      expect(missing, language).toEqual([]);
    }
  });
});

describe('formatQuantity', () => {
  it.each([
    [{ quantity: 2, quantityMax: 3 }, 'en', '2–3'],
    [{ quantity: 1.5, quantityMax: 2, unit: 'cup' }, 'en', '1½–2'],
    [{ quantity: 0.3333, unit: 'cup' }, 'en', '⅓'],
    [{ quantity: 0.9999, unit: 'cup' }, 'en', '1'],
    [{ quantity: 0.25 }, 'de', '¼'],
    [{ quantity: 2.6667, unit: 'tbsp' }, 'en', '2⅔'],
    [{ quantity: 0.15, unit: 'tsp' }, 'en', '0.15'],
    [{ quantity: 0.15, unit: 'tsp' }, 'de', '0,15'],
    [{ quantity: 0.01, unit: 'tsp' }, 'en', '0.01'],
    [{ quantity: 1.5, unit: 'kg' }, 'de', '1,5'],
    [{ quantity: 333.3333, unit: 'g' }, 'en', '333'],
    [{ quantity: 12.25, unit: 'ml' }, 'en', '12.3'],
    [{ quantity: 1250, unit: 'g' }, 'fr', '1250'],
  ] as const)('%o in %s → %s', (amount, language, expected) => {
    expect(formatQuantity(amount, language)).toBe(expected);
  });
});

describe('languageOfTag', () => {
  it('takes the first language we read, by weight', () => {
    expect(languageOfTag('de-AT,de;q=0.9,en;q=0.8')).toBe('de');
    expect(languageOfTag('ja,fr;q=0.5,it;q=0.7')).toBe('it');
    expect(languageOfTag('ja')).toBeUndefined();
    expect(languageOfTag(undefined)).toBeUndefined();
  });

  it("prefers the account's language, then the browser's, then English", () => {
    expect(preferredLanguage('nl', ['de-DE', 'de'])).toBe('nl');
    expect(preferredLanguage(null, ['ja', 'de-DE'])).toBe('de');
    expect(preferredLanguage(undefined, ['ja'])).toBe('en');
  });
});
