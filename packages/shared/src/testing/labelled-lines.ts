import { readFileSync } from 'node:fs';
import { readUnit } from '../ingredients/amount.ts';
import { lexiconFor } from '../ingredients/lexicon/index.ts';
import type { IngredientParts } from '../ingredients/parse.ts';
import { tokenize } from '../ingredients/tokenize.ts';
import { readCsvRecords } from './csv.ts';

export interface LabelledLine {
  source: string;
  input: string;
  name: string;
  quantity: string;
  unit: string;
}

const FILE = new URL('../../test-data/ingredient-lines/labelled-lines.csv', import.meta.url);

export function readLabelledLines(): LabelledLine[] {
  return readCsvRecords(readFileSync(FILE, 'utf8')) as unknown as LabelledLine[];
}

/**
 * One line in five, chosen by a hash of its text, is held out: never looked at while
 * writing the rules, and measured on its own.
 */
export function isHeldOut(line: LabelledLine): boolean {
  let hash = 0x811c9dc5;
  for (const char of line.input) hash = Math.imul(hash ^ char.codePointAt(0)!, 0x01000193) >>> 0;
  return hash % 5 === 0;
}

/** The labels spell numbers as the lines do ("One", "half"): the English number words. */
const WORD_NUMBERS = lexiconFor('en').lexicon.numbers;

/** The labels' notation: "#3$4" = 3/4, "1#1$2" = 1 1/2, "2-4" = 2 (to 4), "8x" = 8. */
export function labelValue(label: string | undefined): number | undefined {
  if (!label) return undefined;
  const first = label.split('-')[0]!.replace(/x$/i, '');
  const mixed = /^(\d+(?:\.\d+)?)?(?:#(\d+)\$(\d+))?$/.exec(first);
  if (mixed && (mixed[1] || mixed[2])) {
    return Number(mixed[1] ?? 0) + (mixed[2] ? Number(mixed[2]) / Number(mixed[3]) : 0);
  }
  return WORD_NUMBERS[first.toLowerCase()];
}

/** The number a label's quantity starts with, as the line prints its first token. */
function firstPrinted(label: string): number | undefined {
  const first = label.split('-')[0]!.replace(/x$/i, '');
  if (/^\d/.test(first)) return Number(first.split('#')[0]);
  if (first.startsWith('#')) return labelValue(first);
  return WORD_NUMBERS[first.toLowerCase()];
}

const lexicon = lexiconFor('en');

/** A label's unit words as our canonical unit: "heaped tbsp" → tbsp, "fl oz" → fl oz. */
export function canonicalUnit(words: string): string {
  const tokens = tokenize(words);
  for (let index = 0; index < tokens.length; index += 1) {
    const unit = readUnit(tokens, index, lexicon);
    if (unit) return unit.unit;
  }
  return words.toLowerCase();
}

function isModifierOnly(words: string[]): boolean {
  const tokens = tokenize(words.join(' '));
  let at = 0;
  while (at < tokens.length) {
    const next = lexicon.sizes.match(tokens, at) ?? lexicon.measureModifiers.match(tokens, at);
    if (!next) return false;
    at = next.end;
  }
  return true;
}

/** Adjacent label words are one unit when they read as one: "fl oz", "heaped tbsp" (not "ounce jar"). */
function joinsUnit(words: string[], word: string): boolean {
  if (isModifierOnly(words)) return true;
  const tokens = tokenize([...words, word].join(' '));
  return readUnit(tokens, 0, lexicon)?.end === tokens.length;
}

const fold = (word: string) => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * The unit that goes with the line's first quantity. The labels list units in the order
 * printed, so "1 (14-oz) can" is labelled "oz can"; reading from the last amount back, each
 * amount takes the first free unit after it: 14 → oz, 1 → can.
 */
export function expectedAmount(line: LabelledLine): { quantity?: number; unit?: string } {
  const quantities = line.quantity.split(' ').filter(Boolean);
  const unitWords = line.unit.split(' ').filter(Boolean);
  const tokens = tokenize(line.input.replace(/[½⅓⅔¼¾⅛⅜⅝⅞]/gu, ' # ').replace(/\s+/g, ' '));
  const quantity = labelValue(quantities[0]);
  if (unitWords.length === 0) return { quantity };
  // Positions of unit words, grouped when adjacent ("fl oz", "heaped tbsp").
  const groups: { at: number; words: string[] }[] = [];
  let from = 0;
  for (const word of unitWords) {
    const at = tokens.findIndex(
      (token, index) => index >= from && fold(token.text).startsWith(fold(word).slice(0, 3)),
    );
    if (at < 0) return { quantity, unit: canonicalUnit(unitWords.join(' ')) };
    const previous = groups.at(-1);
    if (previous && at === from && joinsUnit(previous.words, word)) previous.words.push(word);
    else groups.push({ at, words: [word] });
    from = at + 1;
  }
  // "8 large garlic cloves" is labelled "large clove": a size word is not a unit of its own.
  const units = groups.filter((group) => !isModifierOnly(group.words));
  if (units.length === 0) return { quantity, unit: canonicalUnit(line.unit) };
  groups.splice(0, groups.length, ...units);
  const positions: number[] = [];
  let cursor = 0;
  for (const label of quantities) {
    const printed = firstPrinted(label);
    const at = tokens.findIndex((token, index) => {
      if (index < cursor) return false;
      if (token.text === '#') return printed !== undefined && printed < 1;
      const value = token.kind === 'word' ? WORD_NUMBERS[token.text.toLowerCase()] : undefined;
      return (
        (value ?? labelValue(token.text.replace('/', '$').replace(/^(\d+)\$/, '#$1$'))) === printed
      );
    });
    if (at < 0) return { quantity, unit: canonicalUnit(groups[0]!.words.join(' ')) };
    positions.push(at);
    cursor = at + 1;
  }
  const taken = new Set<number>();
  let unitOfFirst: string | undefined;
  for (let index = positions.length - 1; index >= 0; index -= 1) {
    const group = groups.findIndex(
      (candidate, g) => !taken.has(g) && candidate.at > positions[index]!,
    );
    if (group < 0) continue;
    taken.add(group);
    if (index === 0) unitOfFirst = canonicalUnit(groups[group]!.words.join(' '));
  }
  if (positions.length === 0) return { quantity, unit: canonicalUnit(groups[0]!.words.join(' ')) };
  return { quantity, unit: unitOfFirst };
}

const singular = (word: string) =>
  word
    .replace(/ies$/, 'y')
    .replace(/(lea|hal|loa|kni|wol)ves$/, '$1f')
    .replace(/(ch|sh|ss|x|o)es$/, '$1')
    .replace(/([^s])s$/, '$1');

/** Names compared word by word: case, punctuation and plurals do not matter. */
export function sameName(parsed: string, label: string): boolean {
  const words = (text: string) =>
    text
      .toLowerCase()
      .replace(/['’]/g, '')
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
      .map(singular)
      .join(' ');
  return words(parsed) === words(label);
}

export interface Score {
  quantity: boolean;
  unit: boolean;
  name: boolean;
  /** The labels' own rule: the first unit printed, whatever it measures. */
  firstUnit: boolean;
}

export function score(line: LabelledLine, parsed: IngredientParts): Score {
  const expected = expectedAmount(line);
  const value = parsed.quantity === undefined ? undefined : Number(parsed.quantity);
  const quantity =
    expected.quantity === undefined
      ? value === undefined
      : value !== undefined && Math.abs(value - expected.quantity) < 1e-3;
  const firstUnit = line.unit.trim() === '' ? undefined : canonicalUnit(line.unit);
  return {
    quantity,
    unit: parsed.unit === expected.unit,
    name: sameName(parsed.name, line.name),
    firstUnit: parsed.unit === firstUnit,
  };
}
