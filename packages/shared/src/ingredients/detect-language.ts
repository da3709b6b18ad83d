import { LANGUAGES, LEXICONS, type Language, type Lexicon } from './lexicon/index.ts';
import { normalizeLine } from './normalize.ts';
import { tokenize } from './tokenize.ts';

/** The words each language uses in ingredient lines and the others do not. */
function vocabulary(lexicon: Lexicon): Set<string> {
  const words = [
    ...Object.values(lexicon.units).flat(),
    ...Object.keys(lexicon.numbers),
    ...lexicon.articles,
    ...lexicon.connectors,
    ...lexicon.and,
    ...lexicon.or,
    ...lexicon.sizes,
    ...lexicon.preparations,
    ...lexicon.boughtAs,
    ...lexicon.vague,
  ];
  const single = words.flatMap((word) => word.toLowerCase().replace(/\./g, '').split(' '));
  return new Set(single.filter((word) => word.length >= 2));
}

let distinctive: Map<Language, Set<string>> | undefined;

function distinctiveWords(): Map<Language, Set<string>> {
  if (distinctive) return distinctive;
  const all = LANGUAGES.map((language) => [language, vocabulary(LEXICONS[language])] as const);
  distinctive = new Map(
    all.map(([language, words]) => [
      language,
      new Set(
        [...words].filter((word) =>
          all.every(([other, theirs]) => other === language || !theirs.has(word)),
        ),
      ),
    ]),
  );
  return distinctive;
}

/**
 * The language ingredient lines are written in, from the words only one language uses
 * ("EL", "cucharadas", "gousse", "teen"); undefined when the lines do not tell.
 */
export function detectLanguage(lines: readonly string[]): Language | undefined {
  const scores = new Map<Language, number>(LANGUAGES.map((language) => [language, 0]));
  const words = distinctiveWords();
  for (const line of lines.slice(0, 200)) {
    for (const token of tokenize(normalizeLine(line.slice(0, 1000)))) {
      if (token.kind !== 'word') continue;
      const word = token.text.toLowerCase();
      for (const language of LANGUAGES) {
        if (words.get(language)!.has(word)) scores.set(language, scores.get(language)! + 1);
      }
    }
  }
  const ranked = [...scores].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  return best![1] >= 2 && best![1] >= 2 * second![1] ? best![0] : undefined;
}
