export type { DraftLine, RecipeDraft } from './draft.ts';
export { NO_RECIPE_MESSAGE, NoRecipeFoundError } from './errors.ts';
export { extractRecipe, type ExtractResult } from './extract.ts';
export { draftFromSchemaRecipe, type TDraftReading } from './schema-org/recipe.ts';
export { parseDuration, parseIsoDuration, parseTextDuration } from './text/duration.ts';
export { parseYield, type TYield } from './text/yield.ts';
