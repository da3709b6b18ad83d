import {
  addCookLogEntry,
  findRecipeMarks,
  listCookLog,
  writeRecipeMark,
  type CookLogEntry,
  type RecipeMarks,
} from '@saffron/db';
import { AppError } from '@saffron/shared';
import type { AuthedContext } from '../trpc/context.ts';

/** The most log entries one call returns: years of weekly cooking. */
const COOK_LOG_LIMIT = 200;

const keyOf = (ctx: AuthedContext, recipeId: string) => ({ userId: ctx.user.id, recipeId });

/** `recipes.marks`: the caller's own favourite, rating and cooking history of a recipe. */
export async function getRecipeMarks(ctx: AuthedContext, recipeId: string): Promise<RecipeMarks> {
  const marks = await findRecipeMarks(ctx.db, keyOf(ctx, recipeId));
  if (!marks) throw AppError.notFound('Recipe');
  return marks;
}

/** `recipes.setFavourite` and `recipes.rate`: 404 for a recipe the caller cannot see. */
export async function markRecipe(
  ctx: AuthedContext,
  recipeId: string,
  mark: { favourite: boolean } | { rating: number | null },
): Promise<RecipeMarks> {
  if (!(await writeRecipeMark(ctx.db, keyOf(ctx, recipeId), mark))) {
    throw AppError.notFound('Recipe');
  }
  return getRecipeMarks(ctx, recipeId);
}

/** `recipes.logCooked`: "cooked today", with an optional note. */
export async function logCooked(
  ctx: AuthedContext,
  recipeId: string,
  note: string | undefined,
): Promise<RecipeMarks> {
  if (!(await addCookLogEntry(ctx.db, keyOf(ctx, recipeId), note || undefined))) {
    throw AppError.notFound('Recipe');
  }
  return getRecipeMarks(ctx, recipeId);
}

/** `recipes.cookLog`: the days the caller cooked it, newest first. */
export async function getCookLog(
  ctx: AuthedContext,
  recipeId: string,
): Promise<{ entries: CookLogEntry[] }> {
  await getRecipeMarks(ctx, recipeId);
  return { entries: await listCookLog(ctx.db, keyOf(ctx, recipeId), COOK_LOG_LIMIT) };
}
