import { isCountUnit, readMeasure, readUnit, type Span } from './amount.ts';
import type { Line } from './line.ts';
import { readQuantity, type QuantityRead } from './quantity.ts';
import { CONTAINER_UNITS, unitDefinition } from './units.ts';

/** The amount a line starts with, and what was printed around it that belongs in the note. */
export interface LeadingAmount {
  quantity?: number;
  quantityMax?: number;
  unit?: string;
  /** Where the unit is printed. */
  unitSpan?: Span;
  /** Equivalents ("(115 g)", "/5½oz"), additions ("plus 1 tbsp"), a package's size ("15-ounce"). */
  notes: Span[];
  /** Size words read between the number and the unit ("2 large slices"). */
  size?: Span;
  end: number;
}

const MORE_OR_LESS = new Set(['more', 'less', 'so']);
/** What a measure can measure: "8-ounce can", "1-inch piece". */
const HOLDERS = new Set([...CONTAINER_UNITS, 'piece', 'chunk', 'knob', 'stick', 'slice']);

function readCount(line: Line, start: number): QuantityRead | undefined {
  const { tokens, lexicon } = line;
  const quantity = readQuantity(tokens, start, lexicon);
  if (quantity) {
    // "half a cup"
    const article = quantity.value < 1 ? lexicon.articles.match(tokens, quantity.end) : undefined;
    return article ? { ...quantity, end: article.end } : quantity;
  }
  const article = lexicon.articles.match(tokens, start);
  if (!article || tokens[article.end] === undefined) return undefined;
  // "a dozen", "a half cup", else "a pinch" is one.
  return readQuantity(tokens, article.end, lexicon) ?? { value: 1, end: article.end };
}

const dimensionOf = (unit: string | undefined) =>
  unit ? unitDefinition(unit)?.dimension : undefined;

/** What may follow an amount and belongs in its note: "(115 g)", "/5½oz", "plus 1 tbsp", "5 oz", "or more". */
function equivalentAt(line: Line, at: number, unit: string | undefined): number | undefined {
  const { tokens, lexicon, pairs } = line;
  const token = tokens[at]!;
  const close = pairs[at]!;
  if (token.text === '/') return readMeasure(tokens, at + 1, lexicon)?.end;
  if (token.text === '(' && close > at) {
    const opensWithPlus = lexicon.plusWords.has(tokens, at + 1, close);
    // "(scant)", "(heaped)"
    const qualifies = lexicon.approximately.match(tokens, at + 1, close)?.end === close;
    return opensWithPlus || qualifies || readMeasure(tokens, at + 1, lexicon)
      ? close + 1
      : undefined;
  }
  if (lexicon.plusWords.has(tokens, at)) {
    return readMeasure(tokens, lexicon.plusWords.match(tokens, at)!.end, lexicon)?.end;
  }
  if (lexicon.or.has(tokens, at)) {
    const after = lexicon.or.match(tokens, at)!.end;
    if (MORE_OR_LESS.has(tokens[after]?.text.toLowerCase() ?? '')) return after + 1;
    // "1 12-oz bottle or can of beer"
    if (unit && isCountUnit(unit)) {
      const other = readUnit(tokens, after, lexicon);
      if (other && isCountUnit(other.unit)) return other.end;
    }
  }
  // "2 1/4 tsp teaspoons": a unit printed twice.
  const again = readUnit(tokens, at, lexicon);
  if (again && again.unit === unit && !again.modifiers) return again.end;
  if (token.kind === 'number' || token.kind === 'fraction') {
    const measure = readMeasure(tokens, at, lexicon);
    // "20g¾oz", and "3 pounds 5 ounces" (a second measure of the same kind).
    if (measure && (!token.spaced || dimensionOf(measure.unit) === dimensionOf(unit)))
      return measure.end;
  }
  return undefined;
}

function readEquivalents(
  line: Line,
  start: number,
  unit: string | undefined,
  notes: Span[],
): number {
  let at = start;
  while (at < line.tokens.length) {
    const end = equivalentAt(line, at, unit);
    if (end === undefined) break;
    notes.push({ start: at, end });
    at = end;
  }
  return at;
}

/**
 * A package that holds an amount: "(15-ounce) cans", "12-ounce bags", "14.5 oz (411g) cans".
 * Without a unit after it ("3 6-ounce fillets") the amount is each one's size.
 */
function readPackage(line: Line, start: number) {
  const { tokens, lexicon, pairs } = line;
  let sizeEnd: number | undefined;
  if (tokens[start]?.text === '(' && pairs[start]! > start) {
    if (readMeasure(tokens, start + 1, lexicon)) sizeEnd = pairs[start]! + 1;
  } else {
    const measure = readMeasure(tokens, start, lexicon);
    if (measure) sizeEnd = readEquivalents(line, measure.end, measure.unit, []);
  }
  if (sizeEnd === undefined) return undefined;
  const size = { start, end: sizeEnd };
  const unit = readUnit(tokens, sizeEnd, lexicon);
  return unit ? { size, unit, end: unit.end } : { size, end: sizeEnd };
}

/** "a few", "some", "etwas", "un peu de": an amount without a number; where it ends. */
function readVague(line: Line, start: number): number | undefined {
  const { tokens, lexicon } = line;
  const vague = lexicon.vague.match(tokens, start);
  if (!vague || !tokens[vague.end]) return undefined;
  return lexicon.connectors.match(tokens, vague.end)?.end ?? vague.end;
}

/** "8-ounce can", "400g/14oz can", "5cm/2in piece": what a measure measures goes to the note. */
function readHolder(line: Line, start: number, unit: string | undefined, notes: Span[]): number {
  if (!unit || isCountUnit(unit)) return start;
  const holder = readUnit(line.tokens, start, line.lexicon);
  if (!holder || !HOLDERS.has(holder.unit)) return start;
  notes.push({ start, end: holder.end });
  return holder.end;
}

/** "2 large or 3 medium": the second choice goes to the note. */
function readSizeChoice(line: Line, start: number, notes: Span[]): Span | undefined {
  const { tokens, lexicon } = line;
  const size = lexicon.sizes.match(tokens, start);
  const or = lexicon.or.match(tokens, size?.end ?? start);
  const other = or && readQuantity(tokens, or.end, lexicon);
  if (!size || !other) return undefined;
  const otherSize = lexicon.sizes.match(tokens, other.end);
  notes.push({ start: size.end, end: otherSize?.end ?? other.end });
  return { start, end: otherSize?.end ?? other.end };
}

/** Reads the amount at `start`: "2", "2-3 tbsp", "1/3 cup plus 1 tbsp", "2 x 400g cans", "a pinch", "pinch". */
export function readLeadingAmount(line: Line, start = 0): LeadingAmount | undefined {
  const { tokens, lexicon } = line;
  const notes: Span[] = [];
  let at = start;
  const approximately = lexicon.approximately.match(tokens, at);
  if (approximately && readCount(line, approximately.end)) {
    notes.push({ start: at, end: approximately.end });
    at = approximately.end;
  }
  const vague = readVague(line, at);
  if (vague !== undefined) {
    notes.push({ start: at, end: vague });
    at = vague;
  }
  const count = vague === undefined ? readCount(line, at) : undefined;
  const amount: LeadingAmount = { notes, end: at };
  if (count) {
    amount.quantity = count.value;
    if (count.max !== undefined) amount.quantityMax = count.max;
    at = count.end;
  } else {
    // "Pinch of salt", "handful basil", "a few sprigs": a unit with no number.
    const unit = readUnit(tokens, at, lexicon);
    const next = unit && tokens[unit.end];
    const counted = unit && isCountUnit(unit.unit) && next?.kind === 'word';
    if (!counted) return vague === undefined ? undefined : { notes, end: at };
  }
  const times = tokens[at]?.text.toLowerCase() === 'x';
  const pack = count ? readPackage(line, times ? at + 1 : at) : undefined;
  let unitRead = pack?.unit;
  if (pack) notes.push(pack.size);
  else {
    const dashed = tokens[at]?.text === '-' && !tokens[at]!.spaced && count ? at + 1 : at;
    // "1/4 de botte", "1/2 of a cup"
    const linked = count ? lexicon.connectors.match(tokens, dashed) : undefined;
    unitRead =
      readUnit(tokens, dashed, lexicon) ??
      (linked ? readUnit(tokens, linked.end, lexicon) : undefined);
  }
  at = unitRead?.end ?? pack?.end ?? at;
  if (unitRead) {
    amount.unit = unitRead.unit;
    amount.unitSpan = { start: unitRead.start, end: unitRead.end };
    if (unitRead.modifiers) amount.size = unitRead.modifiers;
  } else if (count) {
    const choice = readSizeChoice(line, at, notes);
    if (choice) amount.size = { start: at, end: lexicon.sizes.match(tokens, at)!.end };
    if (choice) at = choice.end;
  }
  at = readEquivalents(line, at, amount.unit, notes);
  at = readHolder(line, at, amount.unit, notes);
  if (amount.unit && lexicon.connectors.has(tokens, at))
    at = lexicon.connectors.match(tokens, at)!.end;
  amount.end = at;
  return amount;
}
