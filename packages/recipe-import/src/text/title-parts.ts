/**
 * What sites put between the parts of a title or heading — "Best Pancakes | Site Name",
 * "Leek soup – the ingredients" — always with a blank on each side, so "sweet-and-sour" is one part.
 */
const SEPARATORS = ['|', '-', '–', '—', '·', '•', '»', '~', '::', '//'];

export interface TPart {
  start: number;
  end: number;
}

/** Where the parts of a text lie between its separators: "A | B - C" → A, B and C. */
export function titleParts(text: string): TPart[] {
  const parts: TPart[] = [];
  let start = 0;
  for (let at = 0; at < text.length; at++) {
    if (text[at] !== ' ') continue;
    const separator = SEPARATORS.find(
      (candidate) => text.startsWith(candidate, at + 1) && text[at + 1 + candidate.length] === ' ',
    );
    if (separator === undefined) continue;
    parts.push({ start, end: at });
    start = at + separator.length + 2;
    at = start - 1;
  }
  parts.push({ start, end: text.length });
  return parts;
}
