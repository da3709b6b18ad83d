import {
  amountFrom,
  foodKey,
  formatAmounts,
  planAdditions,
  scaleAmount,
  type TGroceryItem,
} from '@saffron/client';
import type { TRecipe } from '@saffron/shared';

export interface PreviewLine {
  name: string;
  /** What the line on the list will read after adding. */
  result: string;
  merged: boolean;
}

/** What sending the recipe would do to the list, computed exactly as the server will. */
export function previewGroceryAdd(
  recipe: TRecipe,
  servings: number | undefined,
  list: TGroceryItem[],
): PreviewLine[] {
  const factor = servings && recipe.servings ? servings / recipe.servings : 1;
  const plan = planAdditions(
    list.map((item) => ({ ...item, foodKey: foodKey(item.name), amounts: item.quantities })),
    recipe.ingredients.map((row) => {
      const amount = amountFrom(row.quantity, row.unit);
      return {
        name: row.name,
        sourceRecipeId: recipe.id,
        ...(amount ? { amount: scaleAmount(amount, factor) } : {}),
      };
    }),
  );
  const seen = new Set<unknown>();
  return plan.outcomes.flatMap(({ into, merged }) => {
    if (seen.has(into)) return [];
    seen.add(into);
    return [{ name: into.name, result: formatAmounts(into.amounts), merged }];
  });
}
