import type { CompiledLexicon } from './lexicon/index.ts';
import { readQuantity } from './quantity.ts';
import type { Token } from './tokenize.ts';
import { unitDefinition } from './units.ts';

/** Tokens [start, end). */
export interface Span {
  start: number;
  end: number;
}

export interface UnitRead {
  unit: string;
  /** Where the unit word itself starts (after any modifiers). */
  start: number;
  end: number;
  /** Words between the number and the unit: "heaped", "large" in "2 large slices". */
  modifiers?: Span;
}

export interface AmountRead {
  quantity: number;
  quantityMax?: number;
  unit?: string;
  end: number;
}

/** A unit word at a token: the line's language first, then longer spellings of the others. */
export function readUnitWord(
  tokens: readonly Token[],
  start: number,
  lexicon: CompiledLexicon,
): UnitRead | undefined {
  const found = lexicon.units.match(tokens, start) ?? lexicon.foreignUnits.match(tokens, start);
  if (!found) return undefined;
  // "in" is an inch only when written against its number ("2in"), never the preposition.
  if (found.value === 'inch' && tokens[start]!.text.toLowerCase() === 'in') {
    if (tokens[start]!.spaced) return undefined;
  }
  return { unit: found.value, start, end: found.end };
}

/** A unit, possibly after up to two qualifying words: "tbsp", "heaped tbsp", "large slices". */
export function readUnit(
  tokens: readonly Token[],
  start: number,
  lexicon: CompiledLexicon,
): UnitRead | undefined {
  const direct = readUnitWord(tokens, start, lexicon);
  if (direct) return direct;
  let at = start;
  for (let words = 0; words < 2; words += 1) {
    const modifier = lexicon.measureModifiers.match(tokens, at) ?? lexicon.sizes.match(tokens, at);
    if (!modifier) return undefined;
    at = modifier.end;
    const unit = readUnitWord(tokens, at, lexicon);
    if (unit) return { ...unit, modifiers: { start, end: at } };
  }
  return undefined;
}

/** "13oz-1lb 2oz": a range of measures, or a second measure of the first ("1lb 2oz"), continues it. */
function measureRangeEnd(
  tokens: readonly Token[],
  start: number,
  lexicon: CompiledLexicon,
): number {
  let at = start;
  if (tokens[at]?.text === '-' || lexicon.rangeWords.has(tokens, at)) {
    const next = tokens[at]!.text === '-' ? at + 1 : lexicon.rangeWords.match(tokens, at)!.end;
    const upper = readSimpleMeasure(tokens, next, lexicon);
    if (upper) at = upper;
  }
  const second = tokens[at]?.kind === 'number' ? readSimpleMeasure(tokens, at, lexicon) : undefined;
  return second ?? at;
}

/** A number and a unit, nothing more: where it ends. */
function readSimpleMeasure(tokens: readonly Token[], start: number, lexicon: CompiledLexicon) {
  const quantity = readQuantity(tokens, start, lexicon);
  const unit = quantity && readUnitWord(tokens, quantity.end, lexicon);
  return unit && !isCountUnit(unit.unit) ? unit.end : undefined;
}

/** A number, an optional range and a unit, as in an equivalent "(115 g)" or a size "15-ounce". */
export function readMeasure(
  tokens: readonly Token[],
  start: number,
  lexicon: CompiledLexicon,
): AmountRead | undefined {
  const at = lexicon.approximately.match(tokens, start)?.end ?? start;
  const quantity = readQuantity(tokens, at, lexicon);
  if (!quantity) return undefined;
  const afterDash = tokens[quantity.end]?.text === '-' ? quantity.end + 1 : quantity.end;
  const unit = readUnit(tokens, afterDash, lexicon);
  if (!unit) return undefined;
  return {
    quantity: quantity.value,
    ...(quantity.max !== undefined ? { quantityMax: quantity.max } : {}),
    unit: unit.unit,
    end: measureRangeEnd(tokens, unit.end, lexicon),
  };
}

/** Packages and pieces hold an amount ("a 15-ounce can"); measures do not. */
export function isCountUnit(unit: string | undefined): boolean {
  return unit !== undefined && unitDefinition(unit)?.dimension === 'count';
}

/**
 * For each "(" the index of its ")" (and the reverse), -1 when unmatched; one pass with a
 * stack, so a line of 20,000 "(" costs no more than any other line.
 */
export function pairParentheses(tokens: readonly Token[]): Int32Array {
  const pairs = new Int32Array(tokens.length).fill(-1);
  const open: number[] = [];
  tokens.forEach((token, index) => {
    if (token.text === '(') open.push(index);
    else if (token.text === ')' && open.length > 0) {
      const start = open.pop()!;
      pairs[start] = index;
      pairs[index] = start;
    }
  });
  return pairs;
}
