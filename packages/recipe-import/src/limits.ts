/** How much of a page the importer keeps, so a hostile page cannot exhaust memory or time. */
export const LIMITS = {
  htmlChars: 8_000_000,
  nameChars: 300,
  descriptionChars: 5_000,
  ingredients: 200,
  ingredientChars: 500,
  groupChars: 200,
  steps: 100,
  stepChars: 5_000,
  tags: 30,
  tagChars: 40,
  images: 20,
  urlChars: 2_000,
  authorChars: 300,
  nutritionChars: 2_000,
} as const;
