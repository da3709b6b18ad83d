import { z } from 'zod';
import { ZId, optionalText, requiredText } from './common.ts';
import { ZQuantity } from './recipe.ts';

export const ZGroceryQuantity = z.object({
  quantity: ZQuantity.optional(),
  unit: optionalText(32),
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

export const ZGroceryAddItems = z.object({
  items: z
    .array(
      z.object({
        name: requiredText(200, 'Item name'),
        quantity: ZQuantity.optional(),
        unit: optionalText(32),
      }),
    )
    .min(1, { error: 'Add at least one item' })
    .max(200, { error: 'At most 200 items at once' }),
});
export type TGroceryAddItems = z.input<typeof ZGroceryAddItems>;

export const ZGroceryAddFromRecipe = z.object({
  recipeId: ZId,
  servings: z.int().min(1).max(1000).optional(),
});

export const ZGroceryToggle = z.object({ itemId: ZId, checked: z.boolean() });
export const ZGroceryItemId = z.object({ itemId: ZId });
