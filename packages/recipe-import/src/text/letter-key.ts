/**
 * A text's letters and digits only, lower-cased: how two printings of the same words are
 * matched. "1 stick butter (110 gr)" and "1 stick butter 110 gr" agree; so do "Love and Lemons"
 * and "loveandlemons".
 */
export function letterKey(text: string): string {
  return [...text.normalize('NFKC').toLowerCase()]
    .filter((char) => /[\p{L}\p{N}]/u.test(char))
    .join('');
}
