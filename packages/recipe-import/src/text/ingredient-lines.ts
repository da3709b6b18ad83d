import { type DraftLine } from '../draft.ts';
import { LIMITS } from '../limits.ts';
import { INGREDIENT_HEADINGS } from './heading-words.ts';
import { dedupeLines, stripBullets, withGroup } from './lines.ts';
import { clip, cleanText } from './whitespace.ts';

/**
 * "((about 2 cups))" → "(about 2 cups)", "((a) (b))" → "(a) (b)": a pair of parentheses that
 * opens on another's opening and closes on another's closing (a plugin wrapping notes that
 * already had them).
 */
export function collapseDoubledParentheses(line: string): string {
  const closeOf = new Map<number, number>();
  const open: number[] = [];
  for (let at = 0; at < line.length; at++) {
    if (line[at] === '(') open.push(at);
    else if (line[at] === ')' && open.length > 0) closeOf.set(open.pop() ?? 0, at);
  }
  const dropped = new Set<number>();
  for (const [start, end] of closeOf) {
    if (line[start + 1] === '(' && line[end - 1] === ')') dropped.add(start).add(end);
  }
  if (dropped.size === 0) return line;
  return line
    .split('')
    .filter((_, at) => !dropped.has(at))
    .join('');
}

/** "1 apple , cored" → "1 apple, cored": the blank a template leaves between a name and its note. */
function tightenPunctuation(line: string): string {
  return line.replaceAll(' ,', ',');
}

/** "500.0 g" → "500 g": a whole quantity a site's data wrote as a decimal, never so printed. */
function dropZeroDecimals(line: string): string {
  return line
    .split(' ')
    .map((word) => (/^\d+\.0+$/.test(word) ? word.slice(0, word.indexOf('.')) : word))
    .join(' ');
}

/** One printed ingredient line with only whitespace, bullets, doubled parentheses and numbers mended. */
export function mendIngredientLine(line: string): string {
  const cleaned = dropZeroDecimals(tightenPunctuation(stripBullets(cleanText(line))));
  const mended = collapseDoubledParentheses(cleaned);
  return clip(mended.trim(), LIMITS.ingredientChars);
}

// How a group heading starts in the languages recipe sites are written in: "For the sauce".
const GROUP_OPENINGS = [
  'for the ',
  'für den ',
  'für die ',
  'für das ',
  'pour la ',
  'pour le ',
  'pour les ',
  "pour l'",
  'para el ',
  'para la ',
  'para los ',
  'para las ',
  'per il ',
  'per la ',
  'per lo ',
  'per le ',
  'per i ',
  'voor de ',
  'voor het ',
];

function hasDigit(line: string): boolean {
  return [...line].some((char) => char >= '0' && char <= '9');
}

function isGroupOpening(line: string): boolean {
  const lower = line.toLowerCase();
  return (
    !hasDigit(line) &&
    !line.includes(':') &&
    GROUP_OPENINGS.some((start) => lower.startsWith(start))
  );
}

/**
 * A heading flattened into the list: short, and ending with a colon ("Dough:"), marked as a
 * Markdown heading ("## Sauce"), or a "For the sauce" without any quantity.
 */
function headingOf(line: string): string | undefined {
  if (line.length > 60) return undefined;
  if (line.endsWith(':')) return line.slice(0, -1).trim() || undefined;
  if (line.startsWith('#')) return line.replace(/^#+/, '').trim() || undefined;
  return isGroupOpening(line) ? line : undefined;
}

/**
 * Mends a list as sites state it: empty entries and repeated lines dropped, a list printed twice
 * kept once, headings flattened into the list turned back into the group of the lines below.
 */
export function mendIngredientList(lines: readonly DraftLine[]): DraftLine[] {
  const out: DraftLine[] = [];
  let heading: string | undefined;
  for (const [index, line] of lines.entries()) {
    const text = mendIngredientLine(line.text);
    // The list's own title ("Ingredients") stated as its first line.
    if (text === '' || INGREDIENT_HEADINGS.has(text.toLowerCase().replace(/:$/, ''))) continue;
    const flattened =
      line.group === undefined && index < lines.length - 1 ? headingOf(text) : undefined;
    if (flattened !== undefined) {
      heading = flattened;
      continue;
    }
    out.push(withGroup(text, line.group ?? heading));
  }
  return dedupeLines(out).slice(0, LIMITS.ingredients);
}
