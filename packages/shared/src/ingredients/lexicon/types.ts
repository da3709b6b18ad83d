/** The languages whose recipe lines the parser reads. */
export const LANGUAGES = ['en', 'de', 'fr', 'es', 'nl', 'it'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * What the parser knows of one language. Words are matched case-insensitively (except
 * one-letter units such as "T" and "t"), with a trailing dot ignored ("Tbsp.", "EL.").
 */
export interface Lexicon {
  language: Language;
  /** Canonical unit (see ../units.ts) → how the language writes it, singular and plural. */
  units: Record<string, string[]>;
  /** Number words: "one" → 1, "half" → 0.5, "dozen" → 12. */
  numbers: Record<string, number>;
  /** Words that make one amount "a" (1) when a line starts with them. */
  articles: string[];
  /** Between two numbers: a range ("2 to 3", "2 or 3"). */
  rangeWords: string[];
  /** Between two amounts: both are needed ("1/3 cup plus 1 tbsp"). */
  plusWords: string[];
  /** After a unit, before the food: "of", "de", "di". */
  connectors: string[];
  /** Multi-word phrases (size words as in "2 large eggs"). */
  sizes: string[];
  /** Words that qualify a measure: "heaped tbsp", "scant cup". */
  measureModifiers: string[];
  /** Preparation words: participles and the nouns of cuts ("chopped", "cut into"). */
  preparations: string[];
  /** Participles that name what is bought ("ground cumin", "dried sage"), not how it is prepared. */
  boughtAs: string[];
  /** Adverbs of preparation: "finely", "roughly". */
  adverbs: string[];
  /** Words that start the note part of a line: "to taste", "for garnish", "optional". */
  noteStarters: string[];
  /** Amounts without a number: "a few", "some", "etwas", "un peu de". */
  vague: string[];
  /** Approximations before an amount: "about 2 cups". */
  approximately: string[];
  /** Parts taken from a food: "juice of 1 lemon", "zest". */
  partsOf: string[];
  /** "and" / "or" between words. */
  and: string[];
  or: string[];
  /** Words that make a line a heading when it has nothing else: "Icing", "For the sauce". */
  headingWords: string[];
  /** Heading openers: "for the". */
  headingOpeners: string[];
  /** How the language's past participles end: "chopped", "gehackt", "haché", "picado". */
  participle: RegExp;
}
