import { pairParentheses } from './amount.ts';
import type { CompiledLexicon } from './lexicon/index.ts';
import { tokenize, type Token } from './tokenize.ts';

/** One line being parsed: its normalized text, tokens, matched parentheses and language. */
export interface Line {
  text: string;
  tokens: Token[];
  /** See pairParentheses. */
  pairs: Int32Array;
  lexicon: CompiledLexicon;
}

export function lineOf(text: string, lexicon: CompiledLexicon): Line {
  const tokens = tokenize(text);
  return { text, tokens, pairs: pairParentheses(tokens), lexicon };
}

/** The text of tokens [start, end) exactly as the normalized line prints it. */
export function textOf(line: Line, start: number, end: number): string {
  if (start >= end) return '';
  return line.text.slice(line.tokens[start]!.start, line.tokens[end - 1]!.end);
}
