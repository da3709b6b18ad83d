import { z } from 'zod';
import { ZAttachment } from './attachment.ts';
import { ZId, ZTimestamp, optionalText, requiredText, text } from './common.ts';

/**
 * An exact, positive decimal kept as a string ("2.5") so no float rounding ever reaches
 * the database (numeric) or the grocery list.
 */
export const ZQuantity = z
  .string()
  .trim()
  .regex(/^(?:0|[1-9]\d{0,7})(?:\.\d{1,4})?$/, {
    error: 'Use a number such as 2 or 2.5 (up to 4 decimals)',
    abort: true,
  })
  .refine((value) => Number(value) > 0, { error: 'Quantity must be greater than 0' });

export const ZIngredientInput = z.object({
  quantity: z.union([ZQuantity, z.literal('').transform(() => undefined)]).optional(),
  unit: optionalText(32),
  name: requiredText(200, 'Ingredient name'),
  note: optionalText(500),
  original: optionalText(500),
});
export type TIngredientInput = z.infer<typeof ZIngredientInput>;

const ZMinutes = z
  .int({ error: 'Must be a whole number of minutes' })
  .min(0, { error: 'Cannot be negative' })
  .max(10_080, { error: 'Must be at most a week (10080 minutes)' });

const ZTag = text(40).toLowerCase().min(1, { error: 'Tags cannot be empty' });

export const ZRecipeInput = z.object({
  name: requiredText(200, 'Name'),
  description: optionalText(5000),
  servings: z
    .int({ error: 'Servings must be a whole number' })
    .min(1, { error: 'Servings must be at least 1' })
    .max(1000, { error: 'Servings must be at most 1000' })
    .optional(),
  prepMinutes: ZMinutes.optional(),
  cookMinutes: ZMinutes.optional(),
  sourceUrl: z
    .union([
      z.url({ protocol: /^https?$/, error: 'Use a full http(s) address' }).max(2000),
      z.literal('').transform(() => undefined),
    ])
    .optional(),
  steps: z.array(requiredText(5000, 'Step')).max(100, { error: 'At most 100 steps' }).default([]),
  tags: z
    .array(ZTag)
    .max(30, { error: 'At most 30 tags' })
    .default([])
    .transform((tags) => [...new Set(tags)]),
  ingredients: z.array(ZIngredientInput).max(200, { error: 'At most 200 ingredients' }).default([]),
});
export type TRecipeInput = z.input<typeof ZRecipeInput>;
export type TRecipeData = z.output<typeof ZRecipeInput>;

export const ZRecipe = ZRecipeInput.extend({
  id: ZId,
  createdAt: ZTimestamp,
  updatedAt: ZTimestamp,
  attachments: z.array(ZAttachment),
});
export type TRecipe = z.output<typeof ZRecipe>;

export const ZRecipeSummary = z.object({
  id: ZId,
  name: z.string(),
  tags: z.array(z.string()),
  updatedAt: ZTimestamp,
  thumbnailUrl: z.string().optional(),
});
export type TRecipeSummary = z.infer<typeof ZRecipeSummary>;

export const ZRecipeSearchInput = z.object({
  q: text(200).optional(),
  cursor: z.string().max(512).optional(),
  limit: z
    .int()
    .min(1, { error: 'Limit must be at least 1' })
    .max(100, { error: 'Limit must be at most 100' })
    .default(20),
});
export type TRecipeSearchInput = z.input<typeof ZRecipeSearchInput>;

export const ZRecipeId = z.object({ id: ZId });

/** A full replacement of the recipe: every field, every ingredient row. */
export const ZRecipeUpdateInput = ZRecipeInput.extend({ id: ZId });
export type TRecipeUpdateInput = z.input<typeof ZRecipeUpdateInput>;
