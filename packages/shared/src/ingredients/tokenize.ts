export type TokenKind = 'number' | 'fraction' | 'word' | 'punct';

export interface Token {
  kind: TokenKind;
  text: string;
  /** Offsets in the normalized line, so parts of it can be cut out as printed. */
  start: number;
  end: number;
  /** Whether whitespace comes before it ("300 g" vs "300g"). */
  spaced: boolean;
}

const isDigit = (char: string | undefined) => char !== undefined && char >= '0' && char <= '9';
const isLetter = (char: string | undefined) => char !== undefined && /[\p{L}\p{M}]/u.test(char);
const VOWEL_OR_H = /^[aeiouhàâäéèêëîïôöùûüœæ]/iu;

function scanDigits(text: string, from: number): number {
  let index = from;
  while (isDigit(text[index])) index += 1;
  return index;
}

/** "2", "2.5", "2,5" (a decimal comma), "1/2": one token each. */
function scanNumber(text: string, start: number): { end: number; kind: TokenKind } {
  let end = scanDigits(text, start);
  if (text[end] === '/' && isDigit(text[end + 1])) {
    return { end: scanDigits(text, end + 1), kind: 'fraction' };
  }
  if ((text[end] === '.' || text[end] === ',') && isDigit(text[end + 1])) {
    end = scanDigits(text, end + 1);
  }
  return { end, kind: 'number' };
}

/** Letters with apostrophes inside ("confectioner's"); French and Italian elisions split off ("d'huile"). */
function scanWord(text: string, start: number): number {
  let end = start;
  while (end < text.length) {
    if (isLetter(text[end])) end += 1;
    else if (text[end] === "'" && isLetter(text[end + 1])) {
      if (end - start <= 4 && VOWEL_OR_H.test(text.slice(end + 1, end + 2))) return end + 1;
      end += 1;
    } else break;
  }
  return end;
}

/** Splits a normalized line into numbers, words and single punctuation marks, in one pass. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  let spaced = false;
  while (index < text.length) {
    const char = text[index]!;
    if (char === ' ') {
      spaced = true;
      index += 1;
      continue;
    }
    let end: number;
    let kind: TokenKind;
    if (isDigit(char)) ({ end, kind } = scanNumber(text, index));
    else if (isLetter(char)) {
      end = scanWord(text, index);
      kind = 'word';
    } else {
      end = index + 1;
      kind = 'punct';
    }
    tokens.push({ kind, text: text.slice(index, end), start: index, end, spaced });
    spaced = false;
    index = end;
  }
  return tokens;
}
