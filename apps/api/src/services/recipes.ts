import { recipeToJsonLd, recipeToText } from '@saffron/recipe-import';
import {
  createRecipe,
  deleteRecipe,
  findRecipe,
  invalidateRecipe,
  updateRecipe,
  type RecipeWrite,
} from '@saffron/db';
import { AppError, type TRecipe, type TRecipeData } from '@saffron/shared';
import type { RecipeSearchRequest, RecipeSearchResult } from '../search/recipe-search.ts';
import type { AuthedContext } from '../trpc/context.ts';
import { toRecipe } from './recipe-view.ts';

function toWrite(ctx: AuthedContext, { ingredients, ...fields }: TRecipeData): RecipeWrite {
  return { ownerId: ctx.user.id, fields, ingredients, outbox: ctx.recipes.outbox };
}

/** After commit: the next read, from any instance, sees the change. */
function forgetCached(ctx: AuthedContext, recipeId: string): Promise<void> {
  return invalidateRecipe(ctx.recipes.cache, { ownerId: ctx.user.id, recipeId }, ctx.logger);
}

/** The caller's recipes only: the owner is part of every search. */
export function searchRecipes(
  ctx: AuthedContext,
  input: Omit<RecipeSearchRequest, 'ownerId'>,
): Promise<RecipeSearchResult> {
  return ctx.recipes.search({ ownerId: ctx.user.id, ...input });
}

/** Read through the cache; a miss reads Postgres and fills the cache only if nothing changed meanwhile. */
export async function getRecipe(ctx: AuthedContext, id: string): Promise<TRecipe> {
  const ownerId = ctx.user.id;
  const cached = await ctx.recipes.cache.read<TRecipe>(ownerId, id);
  if (cached.value) return cached.value;
  const record = await findRecipe(ctx.db, { id, ownerId });
  if (!record) throw AppError.notFound('Recipe');
  const recipe = toRecipe(record);
  await ctx.recipes.cache.fill(ownerId, id, cached.version, recipe);
  return recipe;
}

export async function addRecipe(ctx: AuthedContext, input: TRecipeData): Promise<TRecipe> {
  const { id } = await createRecipe(ctx.db, toWrite(ctx, input));
  return getRecipe(ctx, id);
}

export async function replaceRecipe(
  ctx: AuthedContext,
  id: string,
  input: TRecipeData,
): Promise<TRecipe> {
  const updated = await updateRecipe(ctx.db, id, toWrite(ctx, input));
  if (!updated) throw AppError.notFound('Recipe');
  await forgetCached(ctx, id);
  return getRecipe(ctx, id);
}

export async function removeRecipe(ctx: AuthedContext, id: string): Promise<void> {
  const ownerId = ctx.user.id;
  const deleted = await deleteRecipe(ctx.db, { id, ownerId, outbox: ctx.recipes.outbox });
  if (!deleted) throw AppError.notFound('Recipe');
  await forgetCached(ctx, id);
}

/** `recipes.export`: the recipe as a JSON-LD document and as text, for the person who owns it. */
export async function exportRecipe(ctx: AuthedContext, id: string) {
  const { attachments: _, ...recipe } = await getRecipe(ctx, id);
  return { jsonLd: recipeToJsonLd(recipe), text: recipeToText(recipe) };
}
