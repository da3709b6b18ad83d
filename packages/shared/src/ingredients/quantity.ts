import type { CompiledLexicon } from './lexicon/index.ts';
import type { Token } from './tokenize.ts';

/** Exact decimal text with at most 4 decimals, trailing zeros dropped: 2.5, 0.3333, 12. */
export function toDecimalText(value: number): string {
  return String(Number(value.toFixed(4)));
}

export interface QuantityRead {
  value: number;
  /** The upper end of a range ("2-3", "2 to 3", "2 or 3"). */
  max?: number;
  end: number;
}

const THOUSANDS = { comma: /^\d{1,3},\d{3}$/, dot: /^\d{1,3}\.\d{3}$/ };

/** "1,000" in English (and "1.000" elsewhere) is a thousand; "1,5" is one and a half. */
function numberValue(text: string, language: string): number {
  const thousands = language === 'en' ? THOUSANDS.comma : THOUSANDS.dot;
  if (thousands.test(text)) return Number(text.replace(/[.,]/, ''));
  return Number(text.replace(',', '.'));
}

function fractionValue(text: string): number {
  const [numerator, denominator] = text.split('/').map(Number) as [number, number];
  return denominator === 0 ? Number.NaN : numerator / denominator;
}

const isProperFraction = (token: Token | undefined) =>
  token?.kind === 'fraction' && fractionValue(token.text) < 1;

/** One number: "2", "2.5", "1/2", "2 1/2", "1-1/2", "one", "half", "a dozen", "one and a half". */
export function readNumber(
  tokens: readonly Token[],
  start: number,
  lexicon: CompiledLexicon,
): QuantityRead | undefined {
  const token = tokens[start];
  if (!token) return undefined;
  let value: number;
  let end = start + 1;
  if (token.kind === 'number') value = numberValue(token.text, lexicon.language);
  else if (token.kind === 'fraction') value = fractionValue(token.text);
  else {
    const word = lexicon.numbers.match(tokens, start);
    if (!word) return undefined;
    value = word.value;
    end = word.end;
  }
  if (!Number.isFinite(value)) return undefined;
  if (token.kind === 'number') {
    // Mixed numbers: "2 1/2", and the US "1-1/2".
    const next = tokens[end];
    if (isProperFraction(next)) return { value: value + fractionValue(next!.text), end: end + 1 };
    if (next?.text === '-' && !next.spaced && isProperFraction(tokens[end + 1])) {
      return { value: value + fractionValue(tokens[end + 1]!.text), end: end + 2 };
    }
  }
  // "one and a half", "1 and 1/2"
  if (lexicon.and.has(tokens, end)) {
    const half = readHalf(tokens, end + 1, lexicon);
    if (half) return { value: value + half.value, end: half.end };
  }
  // "2 dozen"
  const dozen = lexicon.numbers.match(tokens, end);
  if (dozen && dozen.value === 12 && value < 12) return { value: value * 12, end: dozen.end };
  return { value, end };
}

/** "a half", "half", "1/2" after "and". */
function readHalf(tokens: readonly Token[], start: number, lexicon: CompiledLexicon) {
  const at = lexicon.articles.match(tokens, start)?.end ?? start;
  const token = tokens[at];
  if (isProperFraction(token)) return { value: fractionValue(token!.text), end: at + 1 };
  const word = lexicon.numbers.match(tokens, at);
  return word && word.value < 1 ? { value: word.value, end: word.end } : undefined;
}

/** A number or a range of two: "2-3", "2 - 3", "2 to 3", "2 or 3", "1 to 1 1/4". */
export function readQuantity(
  tokens: readonly Token[],
  start: number,
  lexicon: CompiledLexicon,
): QuantityRead | undefined {
  const first = readNumber(tokens, start, lexicon);
  if (!first || first.value <= 0) return undefined;
  // "2-3", "2 to 3", and "1 1/2- to 2-pound"
  const dashed = tokens[first.end]?.text === '-';
  const word = lexicon.rangeWords.match(tokens, dashed ? first.end + 1 : first.end);
  if (!dashed && !word) return first;
  const afterSeparator = word ? word.end : first.end + 1;
  const second = readNumber(tokens, afterSeparator, lexicon);
  if (!second || second.value <= first.value) return first;
  return { value: first.value, max: second.value, end: second.end };
}
