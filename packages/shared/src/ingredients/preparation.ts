import type { Line } from './line.ts';
import type { PhraseMatch } from './phrases.ts';

/**
 * A run of preparation words at `start`: "finely chopped", "peeled and diced", "cooked or
 * canned", "toasted and chopped". Words that name what is bought ("ground", "dried") count
 * only after an adverb ("freshly ground") or beside another preparation. Returns where the
 * run ends, or undefined when there is none.
 */
export function readPreparation(line: Line, start: number, end: number): number | undefined {
  const { tokens, lexicon } = line;
  let at = start;
  let read: number | undefined;
  let afterComma = false;
  // A bounded number of joined words keeps every call short, whatever the line holds.
  for (let words = 0; words < 8; words += 1) {
    let cursor = at;
    let adverbs = 0;
    while (adverbs < 3 && cursor < end && lexicon.adverbs.has(tokens, cursor, end)) {
      cursor = lexicon.adverbs.match(tokens, cursor, end)!.end;
      adverbs += 1;
    }
    const preparation =
      lexicon.preparations.match(tokens, cursor, end) ?? compound(line, cursor, end);
    const bought = lexicon.boughtAs.match(tokens, cursor, end);
    const joined =
      bought && tokens[bought.end]?.text !== ',' ? joinerAt(line, bought.end, end) : undefined;
    const followedByPreparation =
      joined !== undefined && lexicon.preparations.has(tokens, skipAdverbs(line, joined, end), end);
    const afterWord: boolean = read !== undefined && !afterComma;
    const word: PhraseMatch<true> | undefined =
      preparation ??
      (bought && (adverbs > 0 || afterWord || followedByPreparation) ? bought : undefined);
    if (!word) return read;
    read = word.end;
    const next = joinerAt(line, word.end, end);
    if (next === undefined) return read;
    afterComma = tokens[word.end]!.text === ',';
    at = next;
  }
  return read;
}

/** "pre-cooked", "rough-chopped": a compound whose last part is a preparation. */
function compound(line: Line, start: number, end: number) {
  const [head, dash, tail] = line.tokens.slice(start, start + 3);
  if (head?.kind !== 'word' || dash?.text !== '-' || dash.spaced || !tail || tail.spaced)
    return undefined;
  // "rough-chopped" is how; "steel-cut", "thick-sliced" are what is bought.
  if (!line.lexicon.adverbs.matchAt(line.tokens, start, start + 1)) return undefined;
  return line.lexicon.preparations.matchAt(line.tokens, start + 2, end);
}

function skipAdverbs(line: Line, start: number, end: number): number {
  let at = start;
  for (
    let words = 0;
    words < 3 && at < end && line.lexicon.adverbs.has(line.tokens, at, end);
    words += 1
  ) {
    at = line.lexicon.adverbs.match(line.tokens, at, end)!.end;
  }
  return at;
}

/** After "and", "or", "," or "/" between preparation words: where the next word starts. */
function joinerAt(line: Line, at: number, end: number): number | undefined {
  const { tokens, lexicon } = line;
  if (at >= end) return undefined;
  if (tokens[at]!.text === ',' || tokens[at]!.text === '/') {
    return lexicon.and.match(tokens, at + 1, end)?.end ?? at + 1;
  }
  return (lexicon.and.match(tokens, at, end) ?? lexicon.or.match(tokens, at, end))?.end;
}
