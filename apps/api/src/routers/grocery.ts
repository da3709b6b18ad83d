import {
  ZGroceryAddFromRecipe,
  ZGroceryAddItems,
  ZGroceryChangesSince,
  ZGroceryItemId,
  ZGroceryOnChange,
  ZGroceryToggle,
  ZGroceryUpdateItem,
} from '@saffron/shared';
import { tracked, type TRPCRouterRecord } from '@trpc/server';
import {
  addFromRecipe,
  addItems,
  clearChecked,
  groceryChangesSince,
  listGrocery,
  removeItem,
  toggleItem,
  updateItem,
} from '../services/grocery.ts';
import { appProcedure } from '../trpc/init.ts';
import { startStreamLife } from '../trpc/stream-life.ts';

/** Every grocery procedure needs access to the grocery app and acts on the caller's list only. */
const groceryProcedure = appProcedure('grocery');

export const groceryRouter = {
  list: groceryProcedure.query(({ ctx }) => listGrocery(ctx)),
  changes: groceryProcedure
    .input(ZGroceryChangesSince)
    .query(({ ctx, input }) => groceryChangesSince(ctx, input.since)),
  addItems: groceryProcedure
    .input(ZGroceryAddItems)
    .mutation(({ ctx, input }) => addItems(ctx, input.items)),
  addFromRecipe: groceryProcedure
    .input(ZGroceryAddFromRecipe)
    .mutation(({ ctx, input }) => addFromRecipe(ctx, input.recipeId, input.servings)),
  toggle: groceryProcedure
    .input(ZGroceryToggle)
    .mutation(({ ctx, input }) => toggleItem(ctx, input)),
  updateItem: groceryProcedure
    .input(ZGroceryUpdateItem)
    .mutation(({ ctx, input }) => updateItem(ctx, input)),
  removeItem: groceryProcedure
    .input(ZGroceryItemId)
    .mutation(({ ctx, input }) => removeItem(ctx, input.itemId)),
  clearChecked: groceryProcedure.mutation(({ ctx }) => clearChecked(ctx)),

  /**
   * Live changes over Server-Sent Events. Each event carries the list version as its id, so a
   * client that reconnects (after a network drop, on another instance) resumes where it was.
   * The stream registers for events before it reads where it starts, so nothing falls between
   * the two; a client with no version yet first gets the whole list as it is then. The
   * stream ends with its session (see startStreamLife) and is checked again at each event.
   */
  onChange: groceryProcedure.input(ZGroceryOnChange).subscription(async function* ({
    ctx,
    input,
    signal,
  }) {
    const life = await startStreamLife(ctx, signal!);
    const versions = await ctx.grocery.events.listen(ctx.user.id, life.signal);
    let cursor = input.lastEventId ? Number(input.lastEventId) : 0;
    const catchUp = async () => {
      const changes = await groceryChangesSince(ctx, cursor);
      cursor = changes.version;
      return changes;
    };
    const missed = await catchUp();
    if (!input.lastEventId || missed.items.length + missed.removedIds.length > 0)
      yield tracked(String(missed.version), missed);
    for await (const version of versions) {
      if (version <= cursor) continue;
      await life.check();
      const changes = await catchUp();
      yield tracked(String(changes.version), changes);
    }
    await life.finish();
  }),
} satisfies TRPCRouterRecord;
