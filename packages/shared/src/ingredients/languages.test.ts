import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCsvRecords } from '../testing/csv.ts';
import { sameName } from '../testing/labelled-lines.ts';
import { LANGUAGES } from './lexicon/index.ts';
import { parseIngredient } from './parse.ts';

const labelled = (language: string) =>
  readCsvRecords(
    readFileSync(
      new URL(`../../test-data/ingredient-lines/languages/${language}.csv`, import.meta.url),
      'utf8',
    ),
  );

describe.each(LANGUAGES)('ingredient lines in %s, from real recipes', (language) => {
  const lines = labelled(language);

  it('has at least 30 labelled lines', () => {
    expect(lines.length).toBeGreaterThanOrEqual(30);
  });

  it.each(lines.map((line) => [line.input!, line] as const))('reads "%s"', (input, label) => {
    const parsed = parseIngredient(input, { language });
    expect(parsed.kind).toBe('ingredient');
    if (parsed.kind !== 'ingredient') return;
    const got = {
      quantity: parsed.quantity === undefined ? '' : String(Number(parsed.quantity)),
      quantityMax: parsed.quantityMax === undefined ? '' : String(Number(parsed.quantityMax)),
      unit: parsed.unit ?? '',
      sameName: sameName(parsed.name, label.name!) ? label.name : parsed.name,
      ...(label.size ? { size: parsed.size } : {}),
      ...(label.preparation ? { preparation: parsed.preparation } : {}),
    };
    expect(got).toEqual({
      quantity: label.quantity === '' ? '' : String(Number(label.quantity)),
      quantityMax: label.quantityMax === '' ? '' : String(Number(label.quantityMax)),
      unit: label.unit,
      sameName: label.name,
      ...(label.size ? { size: label.size } : {}),
      ...(label.preparation ? { preparation: label.preparation } : {}),
    });
    expect(parsed.original).toBe(input);
  });
});
