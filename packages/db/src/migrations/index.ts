import type { Migration } from 'kysely/migration';
import * as createUsers from './20261121_01_create_users.ts';
import * as createSessions from './20261121_02_create_sessions.ts';
import * as createRecipes from './20261121_03_create_recipes.ts';
import * as createIngredients from './20261121_04_create_ingredients.ts';
import * as createAttachments from './20261121_05_create_attachments.ts';
import * as createGroceryItems from './20261121_06_create_grocery_items.ts';
import * as createSearchOutbox from './20261121_07_create_search_outbox.ts';
import * as addSessionsRenewedAt from './20261121_08_add_sessions_renewed_at.ts';
import * as addRecipeSearch from './20261121_09_add_recipe_search.ts';
import * as grocerySync from './20261121_12_grocery_sync.ts';
import * as addAttachmentThumbnails from './20261121_13_add_attachment_thumbnails.ts';
import * as createStorageDeletions from './20261121_14_create_storage_deletions.ts';
import * as recipeDetails from './20261204_01_recipe_details.ts';
import * as userLanguage from './20261204_02_user_language.ts';
import * as createImports from './20261204_03_create_imports.ts';
import * as createSetupTokens from './20261204_10_create_setup_tokens.ts';
import * as addAttachmentThumbnailFailed from './20261204_11_add_attachment_thumbnail_failed.ts';
import * as createRecipeMarks from './20261204_30_create_recipe_marks.ts';
import * as createMealPlan from './20261204_31_create_meal_plan.ts';
import * as createCalendarFeeds from './20261204_32_create_calendar_feeds.ts';

/**
 * Listed statically (not read from the folder at run time) so nothing depends on the
 * working directory; a test checks that every file in this folder is listed here.
 */
export const migrations: Record<string, Migration> = {
  '20261121_01_create_users': createUsers,
  '20261121_02_create_sessions': createSessions,
  '20261121_03_create_recipes': createRecipes,
  '20261121_04_create_ingredients': createIngredients,
  '20261121_05_create_attachments': createAttachments,
  '20261121_06_create_grocery_items': createGroceryItems,
  '20261121_07_create_search_outbox': createSearchOutbox,
  '20261121_08_add_sessions_renewed_at': addSessionsRenewedAt,
  '20261121_09_add_recipe_search': addRecipeSearch,
  '20261121_12_grocery_sync': grocerySync,
  '20261121_13_add_attachment_thumbnails': addAttachmentThumbnails,
  '20261121_14_create_storage_deletions': createStorageDeletions,
  '20261204_01_recipe_details': recipeDetails,
  '20261204_02_user_language': userLanguage,
  '20261204_03_create_imports': createImports,
  '20261204_10_create_setup_tokens': createSetupTokens,
  '20261204_11_add_attachment_thumbnail_failed': addAttachmentThumbnailFailed,
  '20261204_30_create_recipe_marks': createRecipeMarks,
  '20261204_31_create_meal_plan': createMealPlan,
  '20261204_32_create_calendar_feeds': createCalendarFeeds,
};
