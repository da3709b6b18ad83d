import { type DraftLine } from '../draft.ts';
import { LIMITS } from '../limits.ts';
import { dedupeLines, withGroup } from './lines.ts';
import { clip, cleanText } from './whitespace.ts';

// Checkbox and list bullets that recipe cards print before each line.
const BULLETS = new Set([
  '▢',
  '☐',
  '□',
  '■',
  '•',
  '·',
  '◦',
  '‣',
  '○',
  '●',
  '-',
  '–',
  '*',
  '✓',
  '✔',
  '➤',
]);

function stripBullets(line: string): string {
  let at = 0;
  while (at < line.length && (BULLETS.has(line.charAt(at)) || line.charAt(at) === ' ')) at++;
  return line.slice(at);
}

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

/** One printed ingredient line with only whitespace, bullets and doubled parentheses mended. */
export function mendIngredientLine(line: string): string {
  const mended = collapseDoubledParentheses(tightenPunctuation(stripBullets(cleanText(line))));
  return clip(mended.trim(), LIMITS.ingredientChars);
}

/**
 * A heading flattened into the list: short, and ending with a colon ("For the sauce:") or
 * marked as a Markdown heading ("## Sauce").
 */
function headingOf(line: string): string | undefined {
  if (line.length > 60) return undefined;
  const heading = line.endsWith(':')
    ? line.slice(0, -1)
    : line.startsWith('#')
      ? line.replace(/^#+/, '')
      : undefined;
  return heading?.trim() || undefined;
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
    if (text === '') continue;
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
