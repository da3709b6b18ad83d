/** Every form of each word, as adjectives and participles agree in gender and number. */
export function inflected(words: string[], forms: (word: string) => string[]): string[] {
  return [...new Set(words.flatMap((word) => (word.includes(' ') ? [word] : forms(word))))];
}

/** German: gehackt → gehackte, gehackter, gehacktes, gehackten, gehacktem. */
export const german = (word: string) => [
  word,
  ...['e', 'er', 'es', 'en', 'em'].map((end) => word + end),
];

/** French: haché → hachée, hachés, hachées; frais stays. */
export const french = (word: string) =>
  word.endsWith('é') || word.endsWith('u') || word.endsWith('i')
    ? [word, `${word}e`, `${word}s`, `${word}es`]
    : [word];

/** Spanish and Italian: picado → picada, picados, picadas; tritato → tritata, tritati, tritate. */
export const romance = (endings: string[]) => (word: string) => {
  const stem = word.slice(0, -1);
  return /[oa]$/.test(word) ? [word, ...endings.map((end) => stem + end)] : [word];
};

/** Dutch: gedroogd → gedroogde. */
export const dutch = (word: string) => (word.endsWith('e') ? [word] : [word, `${word}e`]);

/** A noun with its plural ending: ["Prise", "n"] → Prise, Prisen. */
export const withPlural = (singular: string, ending: string) => [singular, singular + ending];
