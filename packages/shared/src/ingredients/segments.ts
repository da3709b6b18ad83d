import { readMeasure, readUnitWord, type Span } from './amount.ts';
import type { Line } from './line.ts';
import { readPreparation } from './preparation.ts';
import { readQuantity } from './quantity.ts';

export const wordsOf = (text: string) => text.split(/\s+/).filter(Boolean);

/** Words after a preparation that show it is one ("cut into strips", "soaked in water"). */
export const PREPOSITIONS = new Set([
  'into',
  'in',
  'to',
  'with',
  'for',
  'on',
  'at',
  'from',
  'until',
  'lengthwise',
  'crosswise',
  'lengthways',
  'widthways',
  'as',
  'by',
  'and',
  'or',
  'of',
]);

const isSeparator = (line: Line, index: number) => {
  const token = line.tokens[index]!;
  if (token.text === ',' || token.text === ';') return true;
  // " - " between words, as in "Échalote - 1" or "Fresh herbs - parsley".
  return token.text === '-' && token.spaced && line.tokens[index + 1]?.spaced === true;
};

/** After a leading "and" / "or". */
function afterJoiner(line: Line, span: Span): number {
  const { tokens, lexicon } = line;
  const joiner =
    lexicon.and.match(tokens, span.start, span.end) ??
    lexicon.or.match(tokens, span.start, span.end);
  return joiner?.end ?? span.start;
}

/** The last word of a span, looking back a few tokens at most (past closing punctuation). */
function lastWord(line: Line, span: Span): string {
  for (let index = span.end - 1; index >= Math.max(span.start, span.end - 8); index -= 1) {
    if (line.tokens[index]!.kind === 'word') return line.tokens[index]!.text;
  }
  return '';
}

const wordTokens = (line: Line, span: Span) =>
  line.tokens.slice(span.start, span.end).filter((token) => token.kind === 'word');

/** What a side part of a line is: a preparation ("finely chopped"), a note ("to serve") or more of the name. */
export function classify(line: Line, span: Span): 'preparation' | 'note' | 'name' {
  const { tokens, lexicon } = line;
  const start = afterJoiner(line, span);
  if (start >= span.end) return 'note';
  const first = tokens[start]!;
  if (first.text === '(' || first.kind !== 'word') return 'note';
  if (readQuantity(tokens, start, lexicon) || readMeasure(tokens, start, lexicon)) return 'note';
  if (readUnitWord(tokens, start, lexicon)) return 'note';
  if (
    lexicon.noteStarters.has(tokens, start, span.end) ||
    lexicon.partsOf.has(tokens, start, span.end)
  ) {
    return 'note';
  }
  const preparation = readPreparation(line, start, span.end);
  if (preparation !== undefined) {
    const next = tokens[preparation];
    const alone = preparation >= span.end || PREPOSITIONS.has(next!.text.toLowerCase());
    // ", or grated cheese" is another food; ", and diced" is how it is cut.
    if (alone || start === span.start) return 'preparation';
    return 'name';
  }
  const participle = lexicon.lexicon.participle;
  // "tops removed", "soaked in water" (but ", or bottled hot sauce" is another food).
  if (participle.test(lastWord(line, { start, end: span.end }))) return 'preparation';
  if (participle.test(first.text) && start === span.start) return 'preparation';
  return 'name';
}

/** Only words that describe a food, no food: "boneless", "large", "crushed". */
function describesOnly(line: Line, span: Span, { bought = true } = {}): boolean {
  const { tokens, lexicon } = line;
  let at = span.start;
  while (at < span.end) {
    const next =
      lexicon.sizes.match(tokens, at, span.end) ??
      (bought ? lexicon.boughtAs.match(tokens, at, span.end) : undefined) ??
      lexicon.adverbs.match(tokens, at, span.end) ??
      lexicon.preparations.match(tokens, at, span.end);
    if (!next) return false;
    at = next.end;
  }
  return span.end > span.start;
}

/** "reduced-sodium, fat-free broth": one hyphenated word before a comma describes what follows. */
function isCompoundWord(line: Line, span: Span): boolean {
  const tokens = line.tokens.slice(span.start, span.end);
  return (
    tokens.length === 3 &&
    tokens[1]!.text === '-' &&
    tokens.every((token) => !token.spaced || token === tokens[0])
  );
}

function splitAtSeparators(line: Line, start: number, end: number): Span[] {
  const found: Span[] = [];
  let from = start;
  for (let index = start; index < end; index += 1) {
    const close = line.pairs[index]!;
    if (line.tokens[index]!.text === '(' && close > index && close < end) index = close;
    else if (isSeparator(line, index)) {
      found.push({ start: from, end: index });
      from = index + 1;
    }
  }
  found.push({ start: from, end });
  return found.filter((span) => span.end > span.start);
}

/** The last segment of a list of foods: "chicken, beef, or vegetable broth" → 2. */
function listEnd(line: Line, spans: Span[]): number {
  let last = 0;
  for (let index = 1; index < spans.length; index += 1) {
    const span = spans[index]!;
    let open = span.start;
    while (open < span.end && line.tokens[open]!.text !== '(') open += 1;
    const words = wordTokens(line, { start: span.start, end: open });
    if (classify(line, span) !== 'name' || words.length > 5) break;
    if (afterJoiner(line, span) > span.start) last = index;
  }
  // "beef, or lean pork" is a substitute (a note); "chicken, beef, or vegetable broth" a list.
  return last >= 2 ? last : 0;
}

/**
 * Top-level segments between commas, semicolons and spaced dashes (never inside parentheses),
 * with the first widened to hold the whole name: "boneless, skinless chicken" is one name, and
 * so is a list of alternatives, "chicken, beef, or vegetable broth".
 */
export function segments(line: Line, start: number, end: number): Span[] {
  const spans = splitAtSeparators(line, start, end);
  while (spans.length > 1 && (describesOnly(line, spans[0]!) || isCompoundWord(line, spans[0]!))) {
    spans.splice(0, 2, { start: spans[0]!.start, end: spans[1]!.end });
  }
  const last = listEnd(line, spans);
  if (last > 0) spans.splice(0, last + 1, { start: spans[0]!.start, end: spans[last]!.end });
  return spans;
}

/**
 * A parenthesis inside the name: kept in it when it only renames the food ("(flat-leaf)",
 * "(aquafaba)"), a side part when it holds a number, a comma, a choice, a preparation or a note.
 */
export function isSideNote(line: Line, span: Span, atEnd: boolean): boolean {
  const { tokens, lexicon } = line;
  const inner = { start: span.start + 1, end: span.end - 1 };
  if (inner.end <= inner.start) return true;
  const words = tokens.slice(inner.start, inner.end);
  if (words.some((token) => token.kind !== 'word' && token.text !== '-' && token.text !== "'"))
    return true;
  if (words.length > 3) return true;
  if (
    words.some(
      (_, at) =>
        lexicon.or.has(tokens, inner.start + at) || lexicon.and.has(tokens, inner.start + at),
    )
  ) {
    return true;
  }
  // At the end of the name "(TK)", "(unbehandelt)" describe it; inside, "heavy (whipping) cream" names it.
  return classify(line, inner) !== 'name' || describesOnly(line, inner, { bought: atEnd });
}
