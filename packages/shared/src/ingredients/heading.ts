import type { Line } from './line.ts';

/**
 * A line that names a group of ingredients rather than one: "For the sauce:", "ICING",
 * "Topping". It has no number, and ends with a colon, opens with "for the", is all capitals,
 * or is made only of words that name parts of a dish.
 */
export function isHeading(line: Line): boolean {
  const { tokens, lexicon } = line;
  if (tokens.length === 0 || tokens.length > 12) return false;
  if (tokens.some((token) => token.kind === 'number' || token.kind === 'fraction')) return false;
  const words = tokens.filter((token) => token.kind === 'word');
  if (words.length === 0) return false;
  const last = tokens.at(-1)!;
  if (last.text === ':') return true;
  if (tokens.some((token) => token.text === ',' || token.text === '(')) return false;
  const letters = words.map((word) => word.text).join('');
  if (
    letters.length >= 3 &&
    letters === letters.toUpperCase() &&
    letters !== letters.toLowerCase()
  ) {
    return true;
  }
  let at = lexicon.headingOpeners.match(tokens, 0)?.end ?? 0;
  const opened = at > 0;
  let named = 0;
  while (at < tokens.length) {
    const word = lexicon.headingWords.match(tokens, at);
    if (word) {
      named += 1;
      at = word.end;
    } else if (lexicon.and.has(tokens, at) || lexicon.articles.has(tokens, at)) {
      at = (lexicon.and.match(tokens, at) ?? lexicon.articles.match(tokens, at))!.end;
    } else if (opened && tokens[at]!.kind === 'word') at += 1;
    else return false;
  }
  return opened || named > 0;
}
