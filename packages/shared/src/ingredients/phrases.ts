import type { Token } from './tokenize.ts';

/** The longest phrase a matcher looks for, in tokens ("cuillères à soupe" is 3). */
const MAX_TOKENS = 6;

/**
 * The text of tokens as a lookup key: lower case, abbreviation dots dropped, a space where
 * the line has one ("fl. oz." → "fl oz", "c.à.s" → "càs", "medium-large" stays).
 */
function keyPart(token: Token, first: boolean): string {
  if (token.text === '.') return '';
  return (first || !token.spaced ? '' : ' ') + token.text;
}

const isWord = (token: Token | undefined) => token?.kind === 'word';

/** "steel-cut": "cut" is the tail of a compound word, not a word of its own. */
function isCompoundTail(tokens: readonly Token[], start: number): boolean {
  const dash = tokens[start - 1];
  return dash?.text === '-' && !dash.spaced && !tokens[start]!.spaced && isWord(tokens[start - 2]);
}

/** "Medium-ground": a phrase followed by "-word" is the head of a compound. */
function joinsCompound(tokens: readonly Token[], after: number): boolean {
  const dash = tokens[after];
  return (
    dash?.text === '-' && !dash.spaced && isWord(tokens[after + 1]) && !tokens[after + 1]!.spaced
  );
}

export interface PhraseMatch<T> {
  value: T;
  /** The token after the phrase (after its closing abbreviation dot, if any). */
  end: number;
}

/**
 * Finds the longest known phrase starting at a token. One-letter phrases are case-sensitive
 * ("T" is a tablespoon, "t" a teaspoon); everything else ignores case.
 */
export class PhraseMatcher<T> {
  private readonly exact = new Map<string, T>();
  private readonly folded = new Map<string, T>();
  private readonly caseSensitiveLetters: boolean;

  constructor(entries: Iterable<[string, T]>, caseSensitiveLetters = false) {
    this.caseSensitiveLetters = caseSensitiveLetters;
    for (const [phrase, value] of entries) this.add(phrase, value);
  }

  add(phrase: string, value: T): void {
    const key = phrase.replace(/\./g, '').trim();
    if (key.length === 1 && this.caseSensitiveLetters) {
      if (!this.exact.has(key)) this.exact.set(key, value);
    } else if (!this.folded.has(key.toLowerCase())) this.folded.set(key.toLowerCase(), value);
  }

  match(tokens: readonly Token[], start: number, end = tokens.length): PhraseMatch<T> | undefined {
    return isCompoundTail(tokens, start) ? undefined : this.matchAt(tokens, start, end);
  }

  /** Matches even the tail of a compound word ("cooked" in "pre-cooked"). */
  matchAt(
    tokens: readonly Token[],
    start: number,
    end = tokens.length,
  ): PhraseMatch<T> | undefined {
    const first = tokens[start];
    if (first?.kind !== 'word' && first?.text !== '+' && first?.text !== '&') return undefined;
    let key = '';
    let best: PhraseMatch<T> | undefined;
    const last = Math.min(end, start + MAX_TOKENS);
    for (let index = start; index < last; index += 1) {
      const token = tokens[index]!;
      if (index > start && token.kind !== 'word' && !['-', '/', '.', "'"].includes(token.text)) {
        break;
      }
      key += keyPart(token, index === start);
      if (token.text === '.' || token.text === '-' || token.text === '/') continue;
      const value =
        key.length === 1 && this.caseSensitiveLetters
          ? this.exact.get(key)
          : this.folded.get(key.toLowerCase());
      if (value !== undefined && !joinsCompound(tokens, index + 1)) {
        const after = tokens[index + 1]?.text === '.' && index + 1 < end ? index + 2 : index + 1;
        best = { value, end: after };
      }
    }
    return best;
  }

  has(tokens: readonly Token[], start: number, end = tokens.length): boolean {
    return this.match(tokens, start, end) !== undefined;
  }
}
