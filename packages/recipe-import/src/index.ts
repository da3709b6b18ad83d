export type { DraftLine, RecipeDraft } from './draft.ts';
export { NO_RECIPE_MESSAGE, NoRecipeFoundError } from './errors.ts';
export { extractRecipe, type ExtractResult } from './extract.ts';
export { draftFromSchemaRecipe, type TDraftReading } from './schema-org/recipe.ts';
export { parseDuration, parseIsoDuration, parseTextDuration } from './text/duration.ts';
export { parseYield, type TYield } from './text/yield.ts';
export { readArchive } from './archives/read-archive.ts';
export {
  DEFAULT_ARCHIVE_LIMITS,
  type ArchiveImage,
  type ArchiveItem,
  type ArchiveLimits,
} from './archives/types.ts';
export { writeExport } from './export/write-export.ts';
export { recipeToJsonLd, SAFFRON_PROPERTY } from './export/json-ld.ts';
export { recipeToText } from './export/text.ts';
export type {
  ExportAttachment,
  ExportableRecipe,
  ExportOptions,
  ExportRecipe,
} from './export/types.ts';
export { toRecipeInput, type RecipeInputReading } from './recipe-input.ts';
