import {
  formatAmounts,
  planAdditions,
  recipeAdditions,
  toPlannedItem,
  type TGroceryItem,
} from '@saffron/client';
import type { Language, TRecipe } from '@saffron/shared';

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
  language?: Language,
): PreviewLine[] {
  const plan = planAdditions(list.map(toPlannedItem), recipeAdditions(recipe, servings));
  const seen = new Set<unknown>();
  return plan.outcomes.flatMap(({ into, merged }) => {
    if (seen.has(into)) return [];
    seen.add(into);
    return [{ name: into.name, result: formatAmounts(into.amounts, language), merged }];
  });
}
