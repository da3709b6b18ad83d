/**
 * Whitespace as pages send it: non-breaking and zero-width spaces, tabs, runs of blanks.
 * Everything the importer keeps goes through here, so comparisons and storage see one form.
 */

// Spaces that render as a blank; zero-width ones vanish. Listed, not a regex range, to stay readable.
const BLANKS = new Set([
  '\u00a0',
  '\u2002',
  '\u2003',
  '\u2007',
  '\u2009',
  '\u200a',
  '\u202f',
  '\u3000',
]);
const INVISIBLE = new Set(['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad']);

/** One line: every run of whitespace becomes one space, trimmed. */
export function cleanText(text: string): string {
  let out = '';
  let pendingSpace = false;
  for (const char of text) {
    if (INVISIBLE.has(char)) continue;
    if (BLANKS.has(char) || char.trim() === '') {
      pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace) out += ' ';
    out += char;
    pendingSpace = false;
  }
  return out;
}

/** Text that may hold several lines: each cleaned, empty ones dropped. */
export function cleanLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map(cleanText)
    .filter((line) => line.length > 0);
}

/** Cuts text to `max` characters without splitting a surrogate pair. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}
