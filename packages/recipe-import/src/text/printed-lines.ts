import { type DraftLine } from '../draft.ts';
import { withGroup } from './lines.ts';

/**
 * Recipe data that is poorer than the list the page prints: lines split at their commas
 * ("250 g pork" / "in pieces"), units written as a template's plurals ("1 cup(s)"), or no
 * quantities at all. When the printed lines are plainly the same ingredients, they are the
 * recipe as its cook wrote it.
 */

// "cup(s)", "clove(s)": a template that did not know the number.
const TEMPLATE_PLURAL = /\p{L}\(s\)/u;
// What may stand between the parts of a line the data split: "Salt and pepper", "Salz und Pfeffer".
const MAX_JOIN = 4;

/** Letters and digits, "(s)" and a plural "s" taken off each word: "2 clove(s)" and "2 cloves" agree. */
function looseKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replaceAll('(s)', '')
    .split(/[^\p{L}\p{N}]+/u)
    .map((word) => (word.length > 2 && word.endsWith('s') ? word.slice(0, -1) : word))
    .join('');
}

const hasDigit = (text: string): boolean => /\p{N}/u.test(text);

interface TAlignment {
  lines: DraftLine[];
  /** Printed lines the data split into several. */
  joined: number;
  /** Printed lines that add to the data's line what it left out (a quantity). */
  added: number;
}

/** How many data lines from `next` one printed line holds, in order, and what it adds to them. */
function matchRun(key: string, data: readonly string[], next: number): [number, number] {
  let at = 0;
  let covered = 0;
  let count = 0;
  while (next + count < data.length) {
    const part = data[next + count] ?? '';
    const found = part === '' ? -1 : key.indexOf(part, at);
    if (found < 0 || (count > 0 && found - at > MAX_JOIN)) break;
    at = found + part.length;
    covered += part.length;
    count++;
  }
  return [count, key.length - covered];
}

/** The printed lines matched one by one to the data's lines, or undefined where they differ. */
function align(data: readonly DraftLine[], printed: readonly DraftLine[]): TAlignment | undefined {
  const printedHeadings = new Set(printed.flatMap((line) => line.group ?? []).map(looseKey));
  // A heading the data flattened into its list is no line of it.
  const kept = data.filter((line) => !printedHeadings.has(looseKey(line.text)));
  const keys = kept.map((line) => looseKey(line.text));
  const lines: DraftLine[] = [];
  let next = 0;
  let joined = 0;
  let added = 0;
  for (const line of printed) {
    const key = looseKey(line.text);
    const dataLine = kept[next];
    if (dataLine === undefined) return undefined;
    // A group heading printed as a line of the list.
    if (dataLine.group !== undefined && looseKey(dataLine.group) === key) continue;
    const [count, extra] = matchRun(key, keys, next);
    if (count === 0) return undefined;
    if (count > 1 && extra > MAX_JOIN * (count - 1)) return undefined;
    if (count === 1 && extra > 0 && hasDigit(dataLine.text)) return undefined;
    if (count > 1) joined++;
    else if (extra > 0) added++;
    lines.push(withGroup(line.text, line.group ?? dataLine.group));
    next += count;
  }
  return next === kept.length ? { lines, joined, added } : undefined;
}

export interface TPrintedLines {
  lines: DraftLine[];
  /** Which lines were used, and why, in words a user reads. */
  warning: string;
}

/**
 * The printed lines in the data's stead, when they are the same ingredients and the data's are
 * poorer; undefined when the data's lines stand.
 */
export function preferPrinted(
  data: readonly DraftLine[],
  printed: readonly DraftLine[],
): TPrintedLines | undefined {
  if (data.length === 0 || printed.length === 0) return undefined;
  const alignment = align(data, printed);
  if (alignment === undefined) return undefined;
  const { lines, joined, added } = alignment;
  const used = "The ingredient lines are the page's printed ones";
  if (joined > 0) return { lines, warning: `${used}: its recipe data splits lines apart` };
  const templated = data.some((line) => TEMPLATE_PLURAL.test(line.text));
  if (templated && !printed.some((line) => TEMPLATE_PLURAL.test(line.text)))
    return { lines, warning: `${used}: its recipe data writes units as "cup(s)"` };
  const quantities = added > 0 && !data.some((line) => hasDigit(line.text));
  if (quantities) return { lines, warning: `${used}: its recipe data has no quantities` };
  return undefined;
}
