import { isCountUnit, readMeasure, type Span } from './amount.ts';
import { describe } from './describe.ts';
import { isHeading } from './heading.ts';
import { readLeadingAmount, type LeadingAmount } from './lead.ts';
import { lexiconFor, type Language } from './lexicon/index.ts';
import { lineOf, textOf, type Line } from './line.ts';
import { normalizeLine } from './normalize.ts';
import { toDecimalText } from './quantity.ts';
import { CONTAINER_UNITS } from './units.ts';

export interface IngredientParts {
  /** Exact decimal text: "2.5", "0.3333". */
  quantity?: string;
  /** The upper end of a range: "2-3 eggs" → quantity 2, quantityMax 3. */
  quantityMax?: string;
  /** Canonical unit code (see units.ts): "tbsp", "g", "clove". */
  unit?: string;
  /** The food only: "tomatoes" in "2 large tomatoes, diced". */
  name: string;
  /** "large", "medium-small". */
  size?: string;
  /** "finely chopped", "peeled and diced". */
  preparation?: string;
  /** Everything else: "to serve", "115 g", "or lean ground pork". */
  note?: string;
}

export type ParsedIngredient =
  | ({ kind: 'ingredient'; original: string } & IngredientParts)
  | { kind: 'heading'; heading: string; original: string }
  | { kind: 'blank'; original: string };

export interface ParseOptions {
  language?: Language;
}

/** "Juice of 1 lemon", "finely grated zest of one large orange": the part, then the amount. */
function readPartOf(line: Line): { amount: LeadingAmount; part: Span } | undefined {
  const { tokens, lexicon } = line;
  for (let index = 0; index < Math.min(tokens.length, 8); index += 1) {
    const connector = lexicon.connectors.match(tokens, index);
    if (!connector) continue;
    const before = tokens.slice(0, index);
    const mentionsPart = before.some((_, at) => lexicon.partsOf.has(tokens, at, index));
    if (!mentionsPart) return undefined;
    const amount = readLeadingAmount(line, connector.end);
    return amount ? { amount, part: { start: 0, end: index } } : undefined;
  }
  return undefined;
}

/** "Fresh cilantro (about ½ cup)": the amount in a closing parenthesis. */
function readClosingAmount(line: Line): { amount: LeadingAmount; start: number } | undefined {
  const { tokens, pairs, lexicon } = line;
  const close = tokens.length - 1;
  const open = pairs[close]!;
  if (tokens[close]?.text !== ')' || open <= 0 || !readMeasure(tokens, open + 1, lexicon))
    return undefined;
  const amount = readLeadingAmount(line, open + 1);
  return amount && amount.end === close ? { amount, start: open } : undefined;
}

/** "salt, 1 tsp", "Latte intero 200 ml", "Échalote - 1": the amount printed last. */
function readTrailingAmount(line: Line): { amount: LeadingAmount; start: number } | undefined {
  const { tokens } = line;
  const last = tokens.length - (tokens.at(-1)?.text === '.' ? 1 : 0);
  for (let start = Math.max(1, last - 8); start < last; start += 1) {
    const token = tokens[start]!;
    if ((token.kind !== 'number' && token.kind !== 'fraction') || !token.spaced) continue;
    const amount = readLeadingAmount(line, start);
    if (amount && amount.end >= last && (amount.unit || isSeparated(line, start))) {
      return { amount, start };
    }
  }
  return readClosingAmount(line);
}

const isSeparated = (line: Line, start: number) =>
  [',', '-', ':', ';'].includes(line.tokens[start - 1]!.text) || line.tokens.length <= 4;

/** "For the garnish: parsley", "Optional: 2 cups cream": a label before a colon. */
function labelEnd(line: Line): number {
  const colon = line.tokens.findIndex((token) => token.text === ':');
  if (colon < 1 || colon > 5 || colon === line.tokens.length - 1) return 0;
  const words = line.tokens.slice(0, colon).every((token) => token.kind === 'word');
  return words ? colon + 1 : 0;
}

const optional = (parts: string[]) => {
  const text = parts.filter(Boolean).join(', ');
  return text === '' ? undefined : text;
};

/** A note's text without the "(" ")" or "/" it was printed in. */
function unwrap(line: Line, span: Span): string {
  const wrapped = line.tokens[span.start]?.text === '(' && line.pairs[span.start] === span.end - 1;
  const text = wrapped
    ? textOf(line, span.start + 1, span.end - 1)
    : textOf(line, span.start, span.end);
  return text.replace(/^[/\s]+/, '').trim();
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}

/**
 * One ingredient line as a cook reads it: "2 large tomatoes, diced" → 2 tomatoes (large,
 * diced); "1/3 cup plus 1 tbsp sugar" → 1/3 cup sugar (plus 1 tbsp); "For the sauce:" → a
 * heading. Nothing is lost: the line itself comes back as `original`.
 */
export function parseIngredient(text: string, options: ParseOptions = {}): ParsedIngredient {
  const original = text.trim();
  const normalized = normalizeLine(text);
  if (!/[\p{L}\p{N}]/u.test(normalized)) return { kind: 'blank', original };
  const line = lineOf(normalized, lexiconFor(options.language ?? 'en'));
  if (isHeading(line)) {
    return { kind: 'heading', heading: normalized.replace(/\s*:$/, ''), original };
  }
  const labelled = labelEnd(line);
  const label = labelled > 0 ? [textOf(line, 0, labelled - 1)] : [];
  let amount = readLeadingAmount(line, labelled);
  let descriptionStart = amount?.end ?? labelled;
  let descriptionEnd = line.tokens.length;
  const leadingPreparation: string[] = [];
  if (!amount) {
    const partOf = readPartOf(line);
    const trailingAmount = partOf ? undefined : readTrailingAmount(line);
    if (partOf) {
      amount = partOf.amount;
      descriptionStart = amount.end;
      leadingPreparation.push(textOf(line, partOf.part.start, partOf.part.end));
    } else if (trailingAmount) {
      amount = trailingAmount.amount;
      descriptionStart = 0;
      descriptionEnd = trailingAmount.start;
    }
  }
  const description = describe(line, descriptionStart, descriptionEnd, {
    hasUnit: amount?.unit !== undefined,
    packaged: CONTAINER_UNITS.has(amount?.unit ?? ''),
  });
  // "8 cloves": nothing after a counted unit, so the unit word is the food itself.
  if (!description.name && amount?.unit && amount.unitSpan && isCountUnit(amount.unit)) {
    description.name = textOf(line, amount.unitSpan.start, amount.unitSpan.end);
    delete amount.unit;
  }
  const notes = (amount?.notes ?? []).map((span) => unwrap(line, span));
  const sizes = amount?.size ? [textOf(line, amount.size.start, amount.size.end)] : [];
  const name = description.name || normalized;
  return withoutUndefined({
    kind: 'ingredient' as const,
    quantity: amount?.quantity === undefined ? undefined : toDecimalText(amount.quantity),
    quantityMax: amount?.quantityMax === undefined ? undefined : toDecimalText(amount.quantityMax),
    unit: amount?.unit ?? description.unit,
    name,
    size: optional([...sizes, ...description.size]),
    preparation: optional([...leadingPreparation, ...description.preparation]),
    note: optional([...label, ...notes, ...description.notes]),
    original,
  });
}

/** Many pasted lines at once (blank lines and bullets ignored). */
export function parseIngredientLines(text: string, options: ParseOptions = {}): ParsedIngredient[] {
  return text
    .split(/\r?\n/)
    .map((line) => parseIngredient(line, options))
    .filter((parsed) => parsed.kind !== 'blank');
}
