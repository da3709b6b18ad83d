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

/** "" means not given; anything else must be a quantity, and its own message says what is wrong. */
const optionalQuantity = z
  .union([ZQuantity, z.literal('').transform(() => undefined)], {
    error: (issue) => (issue.code === 'invalid_union' ? issue.errors[0]?.[0]?.message : undefined),
  })
  .optional();

export const ZIngredientInput = z
  .object({
    quantity: optionalQuantity,
    /** The upper end of a range: "2-3 eggs" is quantity 2, quantityMax 3. */
    quantityMax: optionalQuantity,
    unit: optionalText(32),
    name: requiredText(200, 'Ingredient name'),
    /** "large", "medium-small". */
    size: optionalText(60),
    /** "finely chopped", "peeled and diced". */
    preparation: optionalText(200),
    note: optionalText(500),
    original: optionalText(500),
    /** The heading the row sits under: "For the sauce". */
    group: optionalText(200),
  })
  .refine(
    (row) =>
      row.quantityMax === undefined ||
      (row.quantity !== undefined && Number(row.quantityMax) > Number(row.quantity)),
    { error: 'The upper end must be more than the quantity', path: ['quantityMax'] },
  );
export type TIngredientInput = z.infer<typeof ZIngredientInput>;

const ZMinutes = z
  .int({ error: 'Must be a whole number of minutes' })
  .min(0, { error: 'Cannot be negative' })
  .max(10_080, { error: 'Must be at most a week (10080 minutes)' });

const ZTag = text(40).toLowerCase().min(1, { error: 'Tags cannot be empty' });

/** A heading among the steps: it comes before the step at index `at`. */
export const ZStepGroup = z.object({
  at: z.int().min(0).max(99),
  title: requiredText(200, 'Heading'),
});

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
  totalMinutes: ZMinutes.optional(),
  /** The yield as printed when it says more than a number: "Makes 12 cookies". */
  yieldText: optionalText(200),
  author: optionalText(200),
  /** As a reader sees it: "Calories 320 kcal · Fat 12 g". */
  nutrition: optionalText(2000),
  /** The cook's own notes, apart from the description. */
  notes: optionalText(10_000),
  sourceUrl: z
    .union([
      z.url({ protocol: /^https?$/, error: 'Use a full http(s) address' }).max(2000),
      z.literal('').transform(() => undefined),
    ])
    .optional(),
  steps: z.array(requiredText(5000, 'Step')).max(100, { error: 'At most 100 steps' }).default([]),
  stepGroups: z.array(ZStepGroup).max(100).default([]),
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

/** A person's own marks on a recipe: favourite, rating (null clears it), "cooked today". */
export const ZSetFavourite = z.object({ id: ZId, favourite: z.boolean() });
export const ZRateRecipe = z.object({
  id: ZId,
  rating: z
    .int({ error: 'Rate from 1 to 5 stars' })
    .min(1, { error: 'Rate from 1 to 5 stars' })
    .max(5, { error: 'Rate from 1 to 5 stars' })
    .nullable(),
});
export const ZLogCooked = z.object({ id: ZId, note: text(1000).optional() });

/** A full replacement of the recipe: every field, every ingredient row. */
export const ZRecipeUpdateInput = ZRecipeInput.extend({ id: ZId });
export type TRecipeUpdateInput = z.input<typeof ZRecipeUpdateInput>;

/** What an import brings, for review before it is saved: a recipe, plus its photo's address. */
export const ZImportedRecipe = ZRecipeInput.extend({
  imageUrl: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .optional(),
});
export type TImportedRecipe = z.output<typeof ZImportedRecipe>;

const ZPageUrl = z
  .url({ protocol: /^https?$/, error: 'Enter the full http(s) address of the page' })
  .max(2000, { error: 'That address is too long' });

export const ZImportFromUrl = z.object({ url: ZPageUrl });

/** A page as the browser has it (the bookmarklet): up to 10 MB of HTML and where it came from. */
export const ZImportFromHtml = z.object({
  html: z
    .string()
    .min(1, { error: 'The page is empty' })
    .max(10 * 1024 * 1024, { error: 'The page is larger than 10 MB' }),
  url: ZPageUrl,
});

/** Up to 200 links at once; repeats are imported once. */
export const ZImportLinks = z.object({
  urls: z
    .array(ZPageUrl)
    .min(1, { error: 'Paste at least one link' })
    .max(200, { error: 'At most 200 links at once' })
    .transform((urls) => [...new Set(urls)]),
});

export const ZImportJobId = z.object({ id: ZId });
