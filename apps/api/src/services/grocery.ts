import {
  changeGroceryList,
  findRecipe,
  listGroceryChanges,
  listGroceryItems,
  type GroceryItemRow,
  type GroceryListEditor,
} from '@saffron/db';
import { requireApp } from '@saffron/auth';
import {
  AppError,
  foodKey,
  lineAddition,
  planAdditions,
  recipeAdditions,
  toGroceryItem,
  type Addition,
  type TGroceryChanges,
} from '@saffron/shared';
import type { AuthedContext } from '../trpc/context.ts';

function toChanges(version: number, rows: GroceryItemRow[]): TGroceryChanges {
  return {
    version,
    items: rows.filter((row) => !row.deleted).map(toGroceryItem),
    removedIds: rows.filter((row) => row.deleted).map((row) => row.id),
  };
}

/** Every change commits first, then tells every open client (on any instance) about it. */
async function change<T>(ctx: AuthedContext, apply: (list: GroceryListEditor) => Promise<T>) {
  const { result, version, changed } = await changeGroceryList(ctx.db, ctx.user.id, apply);
  if (changed.length > 0) {
    await ctx.grocery.events.publish(ctx.user.id, version).catch((error: unknown) => {
      ctx.logger.warn(
        { err: error },
        'grocery change not broadcast; clients catch up when they reconnect',
      );
    });
  }
  return { result, changes: toChanges(version, changed) };
}

export async function listGrocery(ctx: AuthedContext) {
  const { version, items } = await listGroceryItems(ctx.db, ctx.user.id);
  return { version, items: items.map(toGroceryItem) };
}

export async function groceryChangesSince(
  ctx: AuthedContext,
  since: number,
): Promise<TGroceryChanges> {
  const { version, items } = await listGroceryChanges(ctx.db, { ownerId: ctx.user.id, since });
  return toChanges(version, items);
}

/** Additions join unchecked lines of the same food; planning and saving happen under one lock. */
export async function addToList(
  ctx: AuthedContext,
  additions: Addition[],
): Promise<TGroceryChanges> {
  const { changes } = await change(ctx, async (list) => {
    const current = await list.liveUncheckedItems();
    const plan = planAdditions(
      current.map((row) => ({ ...row, amounts: row.amounts, category: row.category ?? undefined })),
      additions,
    );
    const touched = new Set(plan.outcomes.map((outcome) => outcome.into));
    await list.save([...touched]);
  });
  return changes;
}

export function addItems(
  ctx: AuthedContext,
  items: { name: string; quantity?: string | undefined; unit?: string | undefined }[],
) {
  return addToList(ctx, items.map(lineAddition));
}

/** The recipe's ingredients, scaled to the servings asked for; the user needs both apps. */
export async function addFromRecipe(
  ctx: AuthedContext,
  recipeId: string,
  servings: number | undefined,
) {
  requireApp(ctx.user, 'recipes');
  const recipe = await findRecipe(ctx.db, { id: recipeId, ownerId: ctx.user.id });
  if (!recipe) throw AppError.notFound('Recipe');
  return addToList(ctx, recipeAdditions(recipe, servings));
}

/**
 * A tick carries when it was made: a tick replayed after being offline applies unless the
 * item was ticked or unticked more recently elsewhere. A deleted item stays deleted (404).
 */
export async function toggleItem(
  ctx: AuthedContext,
  input: { itemId: string; checked: boolean; at?: Date | undefined },
) {
  const now = new Date();
  const at = input.at && input.at < now ? input.at : now;
  const { result } = await change(ctx, async (list) => {
    const item = await list.findLiveItem(input.itemId);
    if (!item) throw AppError.notFound('Item');
    if (item.checkedAt && at < item.checkedAt) return item;
    await list.setChecked(item.id, input.checked, at);
    return { ...item, checked: input.checked };
  });
  return toGroceryItem(result);
}

export async function updateItem(
  ctx: AuthedContext,
  input: { itemId: string; name?: string | undefined; category?: string | undefined },
) {
  const { result } = await change(ctx, async (list) => {
    const item = await list.findLiveItem(input.itemId);
    if (!item) throw AppError.notFound('Item');
    const name = input.name ?? item.name;
    await list.update(item.id, {
      name,
      foodKey: foodKey(name),
      category: input.category ?? item.category,
    });
    return { ...item, name, category: input.category ?? item.category };
  });
  return toGroceryItem(result);
}

export async function removeItem(ctx: AuthedContext, itemId: string): Promise<void> {
  await change(ctx, async (list) => {
    if (!(await list.findLiveItem(itemId))) throw AppError.notFound('Item');
    await list.remove([itemId]);
  });
}

export async function clearChecked(ctx: AuthedContext): Promise<{ removed: number }> {
  const { result } = await change(ctx, (list) => list.removeChecked());
  return { removed: result };
}
