import {
  ZLogCooked,
  ZRateRecipe,
  ZRecipeId,
  ZRecipeInput,
  ZRecipeSearchInput,
  ZRecipeUpdateInput,
  ZSetFavourite,
} from '@saffron/shared';
import type { TRPCRouterRecord } from '@trpc/server';
import {
  addRecipe,
  exportRecipe,
  getRecipe,
  removeRecipe,
  replaceRecipe,
  searchRecipes,
} from '../services/recipes.ts';
import { getCookLog, getRecipeMarks, logCooked, markRecipe } from '../services/recipe-marks.ts';
import { appProcedure } from '../trpc/init.ts';

/** Every recipe procedure needs access to the recipes app and acts on the caller's recipes only. */
const recipesProcedure = appProcedure('recipes');

export const recipesRouter = {
  search: recipesProcedure
    .input(ZRecipeSearchInput)
    .query(({ ctx, input }) => searchRecipes(ctx, input)),
  byId: recipesProcedure.input(ZRecipeId).query(({ ctx, input }) => getRecipe(ctx, input.id)),
  create: recipesProcedure.input(ZRecipeInput).mutation(({ ctx, input }) => addRecipe(ctx, input)),
  update: recipesProcedure
    .input(ZRecipeUpdateInput)
    .mutation(({ ctx, input: { id, ...recipe } }) => replaceRecipe(ctx, id, recipe)),
  /** One recipe as schema.org JSON-LD (a download) and as plain text ("Copy as text"). */
  export: recipesProcedure.input(ZRecipeId).query(({ ctx, input }) => exportRecipe(ctx, input.id)),
  delete: recipesProcedure
    .input(ZRecipeId)
    .mutation(({ ctx, input }) => removeRecipe(ctx, input.id)),
  /** The caller's own marks: favourite, rating, how often and when they last cooked it. */
  marks: recipesProcedure.input(ZRecipeId).query(({ ctx, input }) => getRecipeMarks(ctx, input.id)),
  setFavourite: recipesProcedure
    .input(ZSetFavourite)
    .mutation(({ ctx, input: { id, favourite } }) => markRecipe(ctx, id, { favourite })),
  rate: recipesProcedure
    .input(ZRateRecipe)
    .mutation(({ ctx, input: { id, rating } }) => markRecipe(ctx, id, { rating })),
  logCooked: recipesProcedure
    .input(ZLogCooked)
    .mutation(({ ctx, input: { id, note } }) => logCooked(ctx, id, note)),
  cookLog: recipesProcedure.input(ZRecipeId).query(({ ctx, input }) => getCookLog(ctx, input.id)),
} satisfies TRPCRouterRecord;
