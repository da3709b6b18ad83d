export {
  dumpDatabase,
  planDump,
  restoreDatabase,
  type DumpFormat,
  type DumpPlan,
} from './backup/index.ts';
export { invalidateRecipe } from './cache/invalidation.ts';
export {
  createRedisRecipeCache,
  noRecipeCache,
  recipeCacheFor,
  type RecipeCache,
  type RecipeCacheOptions,
} from './cache/recipe-cache.ts';
export { resolveDataDir } from './data-dir.ts';
export { openServiceDatabase, type ServiceDatabaseEnv } from './open-service-database.ts';
export {
  createDb,
  type CreateDbOptions,
  type DatabaseHandle,
  type DatabaseMode,
} from './create-db.ts';
export type * from './database.ts';
export {
  assertSchemaCurrent,
  listPendingMigrations,
  migrateDown,
  migrateToLatest,
  MigrationError,
} from './migrator.ts';
export { migrations } from './migrations/index.ts';
export * from './queries/archive-reads.ts';
export * from './queries/attachment-imports.ts';
export * from './queries/attachments.ts';
export * from './queries/grocery.ts';
export * from './queries/import-items.ts';
export * from './queries/import-jobs.ts';
export * from './queries/recipe-reads.ts';
export * from './queries/recipe-search.ts';
export * from './queries/calendar-feeds.ts';
export * from './queries/meal-plan.ts';
export * from './queries/recipe-marks.ts';
export * from './queries/recipes.ts';
export * from './queries/search-outbox.ts';
export * from './queries/setup-tokens.ts';
export * from './queries/sessions.ts';
export * from './queries/storage-deletions.ts';
export * from './queries/system.ts';
export * from './queries/users.ts';
export type { Kysely, Transaction } from 'kysely';
