import {
  createRecipe,
  deleteRecipe,
  findRecipe,
  invalidateRecipe,
  updateRecipe,
  type RecipeWrite,
  type User,
} from '@saffron/db';
import { AppError, type TRecipe, type TRecipeData } from '@saffron/shared';
import type { Context } from '../trpc/context.ts';
import { toRecipe } from './recipe-view.ts';

function toWrite(ctx: Context, user: User, { ingredients, ...fields }: TRecipeData): RecipeWrite {
  return { ownerId: user.id, fields, ingredients, outbox: ctx.recipes.outbox };
}

/** After commit: the next read, from any instance, sees the change. */
function forgetCached(ctx: Context, user: User, recipeId: string): Promise<void> {
  return invalidateRecipe(ctx.recipes.cache, { ownerId: user.id, recipeId }, ctx.logger);
}

/** Read through the cache; a miss reads Postgres and fills the cache only if nothing changed meanwhile. */
export async function getRecipe(ctx: Context, user: User, id: string): Promise<TRecipe> {
  const cached = await ctx.recipes.cache.read<TRecipe>(user.id, id);
  if (cached.value) return cached.value;
  const record = await findRecipe(ctx.db, { id, ownerId: user.id });
  if (!record) throw AppError.notFound('Recipe');
  const recipe = toRecipe(record);
  await ctx.recipes.cache.fill(user.id, id, cached.version, recipe);
  return recipe;
}

export async function addRecipe(ctx: Context, user: User, input: TRecipeData): Promise<TRecipe> {
  const { id } = await createRecipe(ctx.db, toWrite(ctx, user, input));
  return getRecipe(ctx, user, id);
}

export async function replaceRecipe(
  ctx: Context,
  user: User,
  id: string,
  input: TRecipeData,
): Promise<TRecipe> {
  const updated = await updateRecipe(ctx.db, id, toWrite(ctx, user, input));
  if (!updated) throw AppError.notFound('Recipe');
  await forgetCached(ctx, user, id);
  return getRecipe(ctx, user, id);
}

export async function removeRecipe(ctx: Context, user: User, id: string): Promise<void> {
  const deleted = await deleteRecipe(ctx.db, { id, ownerId: user.id, outbox: ctx.recipes.outbox });
  if (!deleted) throw AppError.notFound('Recipe');
  await forgetCached(ctx, user, id);
}
