import { PhraseMatcher } from '../phrases.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { it } from './it.ts';
import { nl } from './nl.ts';
import { LANGUAGES, type Language, type Lexicon } from './types.ts';

export { LANGUAGES, type Language, type Lexicon } from './types.ts';

export const LEXICONS: Record<Language, Lexicon> = { en, de, fr, es, nl, it };

/** A language's words, ready to match against tokens. */
export interface CompiledLexicon {
  language: Language;
  lexicon: Lexicon;
  units: PhraseMatcher<string>;
  /** Units of every other language, for a line written in another language than expected. */
  foreignUnits: PhraseMatcher<string>;
  numbers: PhraseMatcher<number>;
  articles: PhraseMatcher<true>;
  rangeWords: PhraseMatcher<true>;
  plusWords: PhraseMatcher<true>;
  connectors: PhraseMatcher<true>;
  sizes: PhraseMatcher<true>;
  measureModifiers: PhraseMatcher<true>;
  preparations: PhraseMatcher<true>;
  boughtAs: PhraseMatcher<true>;
  adverbs: PhraseMatcher<true>;
  noteStarters: PhraseMatcher<true>;
  vague: PhraseMatcher<true>;
  approximately: PhraseMatcher<true>;
  partsOf: PhraseMatcher<true>;
  and: PhraseMatcher<true>;
  or: PhraseMatcher<true>;
  headingWords: PhraseMatcher<true>;
  headingOpeners: PhraseMatcher<true>;
}

const words = (list: string[]) => new PhraseMatcher(list.map((word) => [word, true as const]));

function unitEntries(lexicon: Lexicon, minimumLength = 1): [string, string][] {
  return Object.entries(lexicon.units).flatMap(([unit, aliases]) =>
    [unit, ...aliases]
      .filter((alias) => alias.length >= minimumLength)
      .map((alias): [string, string] => [alias, unit]),
  );
}

function compile(lexicon: Lexicon): CompiledLexicon {
  const others = LANGUAGES.filter((language) => language !== lexicon.language);
  return {
    language: lexicon.language,
    lexicon,
    units: new PhraseMatcher(unitEntries(lexicon), true),
    // Short foreign abbreviations ("el", "c") are ordinary words elsewhere: only longer ones.
    foreignUnits: new PhraseMatcher(
      others.flatMap((language) => unitEntries(LEXICONS[language], 3)),
      true,
    ),
    numbers: new PhraseMatcher(Object.entries(lexicon.numbers)),
    articles: words(lexicon.articles),
    rangeWords: words(lexicon.rangeWords),
    plusWords: words(lexicon.plusWords),
    connectors: words(lexicon.connectors),
    sizes: words(lexicon.sizes),
    measureModifiers: words(lexicon.measureModifiers),
    preparations: words(lexicon.preparations),
    boughtAs: words(lexicon.boughtAs),
    adverbs: words(lexicon.adverbs),
    noteStarters: words(lexicon.noteStarters),
    vague: words(lexicon.vague),
    approximately: words(lexicon.approximately),
    partsOf: words(lexicon.partsOf),
    and: words(lexicon.and),
    or: words(lexicon.or),
    headingWords: words(lexicon.headingWords),
    headingOpeners: words(lexicon.headingOpeners),
  };
}

const compiled = new Map<Language, CompiledLexicon>();

/** Compiled once per language, on first use. */
export function lexiconFor(language: Language): CompiledLexicon {
  let found = compiled.get(language);
  if (!found) {
    found = compile(LEXICONS[language]);
    compiled.set(language, found);
  }
  return found;
}
