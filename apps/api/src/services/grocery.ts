import {
  changeGroceryList,
  findGroceryListVersion,
  findRecipe,
  listGroceryChanges,
  listGroceryItems,
  type GroceryItemRow,
  type GroceryListSession,
  type User,
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
import type { Context } from '../trpc/context.ts';

function toChanges(version: number, rows: GroceryItemRow[]): TGroceryChanges {
  return {
    version,
    items: rows.filter((row) => !row.deleted).map(toGroceryItem),
    removedIds: rows.filter((row) => row.deleted).map((row) => row.id),
  };
}

/** Every change commits first, then tells every open client (on any instance) about it. */
async function change<T>(
  ctx: Context,
  user: User,
  apply: (list: GroceryListSession) => Promise<T>,
) {
  const { result, version, changed } = await changeGroceryList(ctx.db, user.id, apply);
  if (changed.length > 0) {
    await ctx.grocery.events.publish(user.id, version).catch((error: unknown) => {
      ctx.logger.warn(
        { err: error },
        'grocery change not broadcast; clients catch up when they reconnect',
      );
    });
  }
  return { result, changes: toChanges(version, changed) };
}

export async function listGrocery(ctx: Context, user: User) {
  const { version, items } = await listGroceryItems(ctx.db, user.id);
  return { version, items: items.map(toGroceryItem) };
}

/** Where a live subscription starts when the client has seen nothing yet. */
export function groceryVersion(ctx: Context, user: User): Promise<number> {
  return findGroceryListVersion(ctx.db, user.id);
}

export async function groceryChangesSince(
  ctx: Context,
  user: User,
  since: number,
): Promise<TGroceryChanges> {
  const { version, items } = await listGroceryChanges(ctx.db, { ownerId: user.id, since });
  return toChanges(version, items);
}

/** Additions join unchecked lines of the same food; planning and saving happen under one lock. */
async function add(ctx: Context, user: User, additions: Addition[]): Promise<TGroceryChanges> {
  const { changes } = await change(ctx, user, async (list) => {
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
  ctx: Context,
  user: User,
  items: { name: string; quantity?: string | undefined; unit?: string | undefined }[],
) {
  return add(ctx, user, items.map(lineAddition));
}

/** The recipe's ingredients, scaled to the servings asked for; the user needs both apps. */
export async function addFromRecipe(
  ctx: Context,
  user: User,
  recipeId: string,
  servings: number | undefined,
) {
  requireApp(user, 'recipes');
  const recipe = await findRecipe(ctx.db, { id: recipeId, ownerId: user.id });
  if (!recipe) throw AppError.notFound('Recipe');
  return add(ctx, user, recipeAdditions(recipe, servings));
}

/**
 * A tick carries when it was made: a tick replayed after being offline applies unless the
 * item was ticked or unticked more recently elsewhere. A deleted item stays deleted (404).
 */
export async function toggleItem(
  ctx: Context,
  user: User,
  input: { itemId: string; checked: boolean; at?: Date | undefined },
) {
  const now = new Date();
  const at = input.at && input.at < now ? input.at : now;
  const { result } = await change(ctx, user, async (list) => {
    const item = await list.findLiveItem(input.itemId);
    if (!item) throw AppError.notFound('Item');
    if (item.checkedAt && at < item.checkedAt) return item;
    await list.setChecked(item.id, input.checked, at);
    return { ...item, checked: input.checked };
  });
  return toGroceryItem(result);
}

export async function updateItem(
  ctx: Context,
  user: User,
  input: { itemId: string; name?: string | undefined; category?: string | undefined },
) {
  const { result } = await change(ctx, user, async (list) => {
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

export async function removeItem(ctx: Context, user: User, itemId: string): Promise<void> {
  await change(ctx, user, async (list) => {
    if (!(await list.findLiveItem(itemId))) throw AppError.notFound('Item');
    await list.remove([itemId]);
  });
}

export async function clearChecked(ctx: Context, user: User): Promise<{ removed: number }> {
  const { result } = await change(ctx, user, (list) => list.removeChecked());
  return { removed: result };
}
