import { type DraftLine } from '../draft.ts';
import { LIMITS } from '../limits.ts';
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

/** Removes the bullets a list printed into its lines. */
export function stripBullets(line: string): string {
  let at = 0;
  while (at < line.length && (BULLETS.has(line.charAt(at)) || line.charAt(at) === ' ')) at++;
  return line.slice(at);
}

/** A line under a group heading; a blank heading is none. */
export function withGroup(text: string, group: string | undefined): DraftLine {
  const heading = group === undefined ? '' : clip(cleanText(group), LIMITS.groupChars);
  return heading === '' ? { text } : { text, group: heading };
}

function sameLines(a: readonly DraftLine[], b: readonly DraftLine[]): boolean {
  return a.length === b.length && a.every((line, index) => line.text === b[index]?.text);
}

/** Drops a line repeated right after itself, and the second copy of a list printed twice. */
export function dedupeLines(lines: readonly DraftLine[]): DraftLine[] {
  const out = lines.filter((line, index) => {
    const previous = lines[index - 1];
    return previous === undefined || previous.text !== line.text || previous.group !== line.group;
  });
  const half = out.length / 2;
  const doubled =
    Number.isInteger(half) && half > 0 && sameLines(out.slice(0, half), out.slice(half));
  return doubled ? out.slice(0, half) : out;
}
