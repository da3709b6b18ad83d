import { readMeasure, readUnitWord, type Span } from './amount.ts';
import { textOf, type Line } from './line.ts';
import { readPreparation } from './preparation.ts';
import { readQuantity } from './quantity.ts';
import { classify, isSideNote, PREPOSITIONS, segments, wordsOf } from './segments.ts';

/** What the words of a line say besides the amount. */
export interface Description {
  name: string;
  size: string[];
  preparation: string[];
  notes: string[];
  /** A unit printed after the food: "garlic cloves", "mint sprigs". */
  unit?: string;
}

export interface DescribeOptions {
  hasUnit: boolean;
  /** After "1 can", "chopped tomatoes" is what the can holds: participles stay in the name. */
  packaged: boolean;
}

/** Units that follow the food as often as they precede it. */
const TRAILING_UNITS = new Set([
  'clove',
  'sprig',
  'stalk',
  'head',
  'bulb',
  'spear',
  'slice',
  'stick',
]);

const stripPunctuation = (text: string) =>
  text
    .replace(/^[\s,.;:*\-/+&]+/u, '')
    .replace(/[\s,;:*\-/+&]+$/u, '')
    .trim();

/** Words that follow a participle of preparation: "dissolved in", "trimmed of". */
const PLACES = new Set([...PREPOSITIONS].filter((word) => !['and', 'or', 'as'].includes(word)));

/** Where a side part breaks in two: at a parenthesis, or where a note starts after a preparation. */
function sideBreak(line: Line, span: Span): number | undefined {
  const { tokens, lexicon, pairs } = line;
  for (let index = span.start + 1; index < span.end; index += 1) {
    if (tokens[index]!.text === '(' && pairs[index]! > index && pairs[index]! < span.end)
      return index;
    if (lexicon.noteStarters.has(tokens, index, span.end)) return index;
  }
  return undefined;
}

/** A side part, "(about 1 cup)" or ", finely chopped (see note)": preparations and notes. */
function addSide(line: Line, span: Span, into: Description) {
  const { tokens } = line;
  // Parts still to read, the next one last: a loop, not recursion, however many parts a line has.
  const pending = [span];
  while (pending.length > 0) {
    const part = pending.pop()!;
    const wrapped = tokens[part.start]?.text === '(' && line.pairs[part.start] === part.end - 1;
    const inner = wrapped ? { start: part.start + 1, end: part.end - 1 } : part;
    if (inner.end <= inner.start) continue;
    const kind = classify(line, inner);
    const split = kind === 'preparation' ? sideBreak(line, inner) : undefined;
    if (split !== undefined) {
      pending.push({ start: split, end: inner.end }, { start: inner.start, end: split });
      continue;
    }
    const text = stripPunctuation(textOf(line, inner.start, inner.end));
    if (kind === 'preparation' && text) into.preparation.push(text);
    else if (text) into.notes.push(text);
  }
}

/** Does the preparation ending at `end` read as one, rather than as a word of the name? */
function endsName(line: Line, end: number, limit: number): boolean {
  const next = line.tokens[end];
  if (end >= limit || !next) return true;
  if (next.text === '(' || next.text === ',') return true;
  return (
    PREPOSITIONS.has(next.text.toLowerCase()) ||
    line.lexicon.noteStarters.has(line.tokens, end, limit)
  );
}

interface NameWalk {
  included: number[];
  cut: number;
}

/** Walks the name's tokens: sizes and side parts move out, the name ends where a note or preparation starts. */
function walkName(
  line: Line,
  start: number,
  end: number,
  into: Description,
  packaged: boolean,
): NameWalk {
  const { tokens, lexicon, pairs } = line;
  const included: number[] = [];
  let index = start;
  while (index < end) {
    const token = tokens[index]!;
    const close = pairs[index]!;
    if (token.text === '(' && close > index && close < end) {
      if (isSideNote(line, { start: index, end: close + 1 }, close + 1 >= end))
        addSide(line, { start: index, end: close + 1 }, into);
      else for (let inner = index + 1; inner < close; inner += 1) included.push(inner);
      index = close + 1;
      continue;
    }
    const size = lexicon.sizes.match(tokens, index, end);
    if (size) {
      into.size.push(textOf(line, index, size.end));
      index = size.end;
      continue;
    }
    if (included.length > 0) {
      const next = tokens[index + 1];
      // "fennel in 1/4-inch dice"
      if (
        PREPOSITIONS.has(token.text.toLowerCase()) &&
        (next?.kind === 'number' || next?.kind === 'fraction')
      ) {
        return { included, cut: index };
      }
      if (lexicon.noteStarters.has(tokens, index, end)) return { included, cut: index };
      const alternative = lexicon.or.match(tokens, index, end);
      if (alternative && readQuantity(tokens, alternative.end, lexicon))
        return { included, cut: index };
      if (
        (token.kind === 'number' || token.kind === 'fraction') &&
        readMeasure(tokens, index, lexicon)
      ) {
        return { included, cut: index };
      }
      // "cornstarch dissolved in water", "sirloin trimmed of fat"
      const follower = next?.text.toLowerCase() ?? '';
      const compound = tokens[index - 1]?.text === '-' && !token.spaced;
      if (!compound && lexicon.lexicon.participle.test(token.text) && PLACES.has(follower)) {
        return { included, cut: index };
      }
      const preparation = packaged ? undefined : readPreparation(line, index, end);
      if (preparation !== undefined) {
        if (endsName(line, preparation, end)) return { included, cut: index };
        if (lexicon.and.has(tokens, index - 1)) {
          // "salt and freshly ground pepper": the pepper's preparation, inside the name.
          into.preparation.push(textOf(line, index, preparation));
          index = preparation;
          continue;
        }
      }
    }
    included.push(index);
    index += 1;
  }
  return { included, cut: end };
}

function textOfTokens(line: Line, indices: number[]): string {
  let text = '';
  indices.forEach((index, position) => {
    const token = line.tokens[index]!;
    const adjacent = position > 0 && indices[position - 1] === index - 1;
    text += (position === 0 ? '' : adjacent && !token.spaced ? '' : ' ') + token.text;
  });
  return stripPunctuation(text);
}

/** "large", "medium-sized or large". */
function readSizes(line: Line, start: number, end: number): number | undefined {
  const { tokens, lexicon } = line;
  const size = lexicon.sizes.match(tokens, start, end);
  if (!size) return undefined;
  const or = lexicon.or.match(tokens, size.end, end) ?? lexicon.and.match(tokens, size.end, end);
  const other = or && lexicon.sizes.match(tokens, or.end, end);
  return other ? other.end : size.end;
}

/** The first segment: size and leading preparation, the name, then what trails it. */
function readHead(line: Line, span: Span, into: Description, options: DescribeOptions) {
  const { tokens, lexicon } = line;
  let at = span.start;
  if (lexicon.connectors.has(tokens, at, span.end))
    at = lexicon.connectors.match(tokens, at, span.end)!.end;
  for (;;) {
    const size = readSizes(line, at, span.end);
    if (size !== undefined) {
      into.size.push(textOf(line, at, size));
      at = size;
      continue;
    }
    const preparation = options.packaged ? undefined : readPreparation(line, at, span.end);
    if (preparation !== undefined && preparation < span.end) {
      into.preparation.push(stripPunctuation(textOf(line, at, preparation)));
      at = preparation;
      if (lexicon.connectors.has(tokens, at, span.end))
        at = lexicon.connectors.match(tokens, at, span.end)!.end;
      continue;
    }
    break;
  }
  const { included, cut } = walkName(line, at, span.end, into, options.packaged);
  into.name = textOfTokens(line, included);
  if (cut < span.end) addSide(line, { start: cut, end: span.end }, into);
}

/** "garlic cloves" → garlic, clove (when the amount had no unit). */
function unitAfterName(line: Line, into: Description) {
  const words = wordsOf(into.name);
  if (words.length < 2) return;
  const index = line.tokens.findLastIndex((token) => token.text === words.at(-1));
  const unit = index < 0 ? undefined : readUnitWord(line.tokens, index, line.lexicon);
  if (unit && TRAILING_UNITS.has(unit.unit)) {
    into.unit = unit.unit;
    into.name = into.name.slice(0, into.name.lastIndexOf(words.at(-1)!)).trim();
  }
}

/** Name, size, preparation and notes of tokens [start, end) of a line. */
export function describe(
  line: Line,
  start: number,
  end: number,
  options: DescribeOptions,
): Description {
  const into: Description = { name: '', size: [], preparation: [], notes: [] };
  const [head, ...rest] = segments(line, start, end);
  if (head) readHead(line, head, into, options);
  for (const span of rest) addSide(line, span, into);
  if (!options.hasUnit) unitAfterName(line, into);
  return into;
}
