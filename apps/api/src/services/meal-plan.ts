import {
  deleteMealPlanEntry,
  findMealPlanEntry,
  findRecipe,
  insertMealPlanEntry,
  listMealPlan,
  updateMealPlanEntry,
  type MealPlanEntry,
  type MealPlanWrite,
} from '@saffron/db';
import { requireApp } from '@saffron/auth';
import {
  addDays,
  AppError,
  recipeAdditions,
  type Addition,
  type TMealPlanUpdate,
  type TMealSlot,
} from '@saffron/shared';
import type { AuthedContext } from '../trpc/context.ts';
import { addToList } from './grocery.ts';

const WEEK_DAYS = 7;

/** `mealPlan.week`: seven days from `start`, each with its meals in order (an empty day too). */
export async function mealPlanWeek(ctx: AuthedContext, start: string) {
  const end = addDays(start, WEEK_DAYS - 1);
  const planned = await listMealPlan(ctx.db, { ownerId: ctx.user.id, from: start, to: end });
  const days = Array.from({ length: WEEK_DAYS }, (_, offset) => {
    const date = addDays(start, offset);
    return {
      date,
      entries: planned.filter((entry) => entry.date === date).map(({ date: _, ...entry }) => entry),
    };
  });
  return { days };
}

async function written(ctx: AuthedContext, write: MealPlanWrite): Promise<MealPlanEntry> {
  if (!write.ok) throw AppError.notFound(write.missing === 'recipe' ? 'Recipe' : 'Meal plan entry');
  const entry = await findMealPlanEntry(ctx.db, { ownerId: ctx.user.id, id: write.id });
  if (!entry) throw AppError.notFound('Meal plan entry');
  return entry;
}

export async function addMealPlanEntry(
  ctx: AuthedContext,
  fields: {
    date: string;
    slot: TMealSlot;
    recipeId?: string | undefined;
    note?: string | undefined;
    servings?: number | undefined;
  },
): Promise<MealPlanEntry> {
  return written(ctx, await insertMealPlanEntry(ctx.db, ctx.user.id, fields));
}

/** A move or an edit; an entry left with neither a recipe nor a note is refused, not stored. */
export async function changeMealPlanEntry(
  ctx: AuthedContext,
  { id, note, ...change }: TMealPlanUpdate,
): Promise<MealPlanEntry> {
  const key = { ownerId: ctx.user.id, id };
  const current = await findMealPlanEntry(ctx.db, key);
  if (!current) throw AppError.notFound('Meal plan entry');
  const cleared = note === '' ? null : note;
  const recipeLeft = change.recipeId === undefined ? current.recipeName : change.recipeId;
  const noteLeft = cleared === undefined ? current.note : cleared;
  if (!recipeLeft && !noteLeft) {
    throw new AppError('BAD_REQUEST', 'A planned meal needs a recipe or a note', {
      fieldErrors: { recipeId: ['Choose a recipe or write a note'] },
    });
  }
  return written(ctx, await updateMealPlanEntry(ctx.db, key, { ...change, note: cleared }));
}

export async function removeMealPlanEntry(ctx: AuthedContext, id: string): Promise<void> {
  if (!(await deleteMealPlanEntry(ctx.db, { ownerId: ctx.user.id, id }))) {
    throw AppError.notFound('Meal plan entry');
  }
}

/**
 * Every planned recipe's ingredients from `start` to `end`, each scaled to the servings it is
 * planned for (as written when none is given); a recipe planned twice is bought for twice.
 */
async function plannedAdditions(ctx: AuthedContext, start: string, end: string) {
  const planned = await listMealPlan(ctx.db, { ownerId: ctx.user.id, from: start, to: end });
  const additions: Addition[] = [];
  for (const entry of planned) {
    if (!entry.recipeId) continue;
    const recipe = await findRecipe(ctx.db, { id: entry.recipeId, ownerId: ctx.user.id });
    if (recipe) additions.push(...recipeAdditions(recipe, entry.servings));
  }
  return additions;
}

/** `mealPlan.groceryPreview`: what `toGroceryList` would add, for the client to show merged. */
export async function mealPlanGroceryPreview(ctx: AuthedContext, start: string, end: string) {
  return { additions: await plannedAdditions(ctx, start, end) };
}

/** `mealPlan.toGroceryList`: the additions, merged into the list by the unit-aware rules. */
export async function mealPlanToGroceryList(ctx: AuthedContext, start: string, end: string) {
  requireApp(ctx.user, 'grocery');
  return addToList(ctx, await plannedAdditions(ctx, start, end));
}
