import { z } from 'zod';
import { ZId, optionalText, requiredText } from './common.ts';
import { ZQuantity } from './recipe.ts';

/** An amount on a line: an exact decimal with a unit, or text that is not a number ("a splash"). */
export const ZGroceryQuantity = z.object({
  quantity: ZQuantity.optional(),
  /** The upper end of a range: "2–3 eggs". */
  quantityMax: ZQuantity.optional(),
  unit: z.string().optional(),
  text: z.string().optional(),
});
export type TGroceryQuantity = z.infer<typeof ZGroceryQuantity>;

export const ZGroceryItem = z.object({
  id: ZId,
  name: z.string(),
  quantities: z.array(ZGroceryQuantity),
  checked: z.boolean(),
  category: z.string().optional(),
  sourceRecipeIds: z.array(ZId),
});
export type TGroceryItem = z.infer<typeof ZGroceryItem>;

/** What changed on a list since a version: how live updates and reconnecting clients catch up. */
export const ZGroceryChanges = z.object({
  version: z.int().nonnegative(),
  items: z.array(ZGroceryItem),
  removedIds: z.array(ZId),
});
export type TGroceryChanges = z.infer<typeof ZGroceryChanges>;

export const ZGroceryAddItems = z.object({
  items: z
    .array(
      z.object({
        name: requiredText(200, 'Item name'),
        /** A number ("2", "1/2", "1.5") or anything else, which is kept as text. */
        quantity: optionalText(64),
        quantityMax: optionalText(64),
        unit: optionalText(32),
      }),
    )
    .min(1, { error: 'Add at least one item' })
    .max(200, { error: 'At most 200 items at once' }),
});
export type TGroceryAddItems = z.input<typeof ZGroceryAddItems>;

export const ZGroceryAddFromRecipe = z.object({
  recipeId: ZId,
  servings: z.int().min(1, { error: 'At least 1 serving' }).max(1000).optional(),
});

export const ZGroceryToggle = z.object({
  itemId: ZId,
  checked: z.boolean(),
  /** When the person ticked it (offline ticks replay later): an older tick never undoes a newer one. */
  at: z.date().optional(),
});

export const ZGroceryItemId = z.object({ itemId: ZId });

export const ZGroceryUpdateItem = z.object({
  itemId: ZId,
  name: requiredText(200, 'Item name').optional(),
  category: optionalText(40),
});

export const ZGroceryChangesSince = z.object({ since: z.int().nonnegative() });

/** tRPC passes the last event id it saw when an SSE subscription reconnects. */
export const ZGroceryOnChange = z.object({ lastEventId: z.string().regex(/^\d+$/).nullish() });
