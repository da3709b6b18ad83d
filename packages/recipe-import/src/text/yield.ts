import { cleanText, clip } from './whitespace.ts';

/**
 * A recipe's yield in every shape structured data and recipe cards give it: 4, "4",
 * "4 servings", ["4", "4 people"], "Makes 12", "Serves 4-6", "1 loaf".
 */
export interface TYield {
  /** Whole servings, when the yield counts servings (or is a bare number). */
  servings?: number;
  /** The yield as printed, when it says more than a count of servings. */
  yieldText?: string;
}

// Words that count people or portions, in the languages recipe sites are written in.
const SERVING_WORDS = new Set([
  'serving',
  'servings',
  'serve',
  'serves',
  'people',
  'person',
  'persons',
  'portion',
  'portions',
  'portionen',
  'personen',
  'porties',
  'personnes',
  'personne',
  'parts',
  'part',
  'porzioni',
  'porzione',
  'persone',
  'porciones',
  'porción',
  'personas',
  'raciones',
  'porções',
  'pessoas',
  'porcie',
  'porcií',
  'porcia',
  'porcje',
  'osoby',
  'osób',
  'porsjoner',
  'personer',
  'portioner',
  'kişilik',
  'porsiyon',
  'adag',
  'annos',
  'hengelle',
  'pax',
  'pers',
]);
// Words that may stand before the count without changing what it counts.
const LEAD_WORDS = new Set([
  'serves',
  'serve',
  'servings',
  'makes',
  'yield',
  'yields',
  'for',
  'für',
  'pour',
  'per',
  'para',
  'voor',
  'approximately',
  'about',
  'approx',
  'ca',
  'circa',
  'environ',
  'etwa',
  'rend',
  'portions',
]);
const RANGE_WORDS = new Set(['-', '–', '—', 'to', 'bis', 'à', 'a', 'tot', 'or']);
const MAX_TEXT = 200;
const MAX_SERVINGS = 10_000;

function yieldStrings(value: unknown, depth = 0): string[] {
  if (typeof value === 'number' && Number.isFinite(value)) return [String(value)];
  if (typeof value === 'string') return [cleanText(value)].filter((text) => text !== '');
  if (Array.isArray(value) && depth === 0)
    return value.slice(0, 10).flatMap((item) => yieldStrings(item, 1));
  // A QuantitativeValue: { value: 4, unitText: "servings" }.
  if (typeof value === 'object' && value !== null && 'value' in value) {
    const { value: amount, unitText } = value as { value: unknown; unitText?: unknown };
    const unit = typeof unitText === 'string' ? ` ${unitText}` : '';
    return typeof amount === 'number' || typeof amount === 'string'
      ? yieldStrings(`${amount}${unit}`, 1)
      : [];
  }
  return [];
}

interface TReading {
  count?: number;
  /** The yield counts servings and says nothing else. */
  plain: boolean;
}

function read(text: string): TReading {
  const tokens =
    text
      .slice(0, MAX_TEXT)
      .toLowerCase()
      .match(/\d+(?:[.,]\d+)?|\p{L}+|[-–—]/gu) ?? [];
  const at = tokens.findIndex((token) => /^\d/.test(token));
  if (at === -1) return { plain: false };
  const count = Math.floor(Number(tokens[at]?.replace(',', '.')));
  if (!(count >= 1 && count <= MAX_SERVINGS)) return { plain: false };
  let next = at + 1;
  const ranged = RANGE_WORDS.has(tokens[next] ?? '') && /^\d/.test(tokens[next + 1] ?? '');
  if (ranged) next += 2;
  const unit = tokens[next];
  if (unit !== undefined && !SERVING_WORDS.has(unit)) return { plain: false };
  const lead = tokens.slice(0, at).every((token) => LEAD_WORDS.has(token));
  const plain = lead && !ranged && next + (unit === undefined ? 0 : 1) === tokens.length;
  return { count, plain };
}

const COUNTING_WORDS = new Set([...SERVING_WORDS, 'makes', 'yield', 'yields']);

/** Whether a text counts servings in words ("Serves 8", "4 personen"), not a bare number. */
export function statesServings(text: string): boolean {
  const words =
    text
      .slice(0, MAX_TEXT)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  return (
    words.some((word) => COUNTING_WORDS.has(word)) && read(cleanText(text)).count !== undefined
  );
}

/** Reads a yield; an empty result when it states nothing. */
export function parseYield(value: unknown): TYield {
  const texts = yieldStrings(value);
  const readings = texts.map(read);
  const servings = readings.find((reading) => reading.count !== undefined)?.count;
  const telling = texts.find((_, index) => !readings[index]?.plain);
  return {
    ...(servings === undefined ? {} : { servings }),
    ...(telling === undefined ? {} : { yieldText: clip(telling, MAX_TEXT) }),
  };
}
