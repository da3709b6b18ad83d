import { VULGAR_FRACTIONS } from '../ingredients/normalize.ts';
import { tokenize, type Token } from '../ingredients/tokenize.ts';

const SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\n\r]/u;
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/u;

export interface StepTokens {
  tokens: Token[];
  /** Where each token starts and ends in the text as written. */
  startOf: (token: Token) => number;
  endOf: (token: Token) => number;
}

/**
 * A step's words and numbers as the ingredient tokenizer reads them ("2½" as "2 1/2", dashes
 * and spaces plain), keeping the offsets of the text as written so a timer can be marked in it.
 */
export function tokenizeStep(text: string): StepTokens {
  let plain = '';
  const origin: number[] = [];
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    const fraction = VULGAR_FRACTIONS[char];
    let written = char;
    if (fraction !== undefined) written = /\d$/.test(plain) ? ` ${fraction}` : fraction;
    else if (SPACES.test(char)) written = ' ';
    else if (DASHES.test(char)) written = '-';
    plain += written;
    for (let copy = 0; copy < written.length; copy += 1) origin.push(index);
  }
  origin.push(text.length);
  return {
    tokens: tokenize(plain),
    startOf: (token) => origin[token.start]!,
    endOf: (token) => origin[token.end - 1]! + 1,
  };
}
