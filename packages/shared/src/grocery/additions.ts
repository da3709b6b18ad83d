import type { TGroceryItem } from '../schemas/grocery.ts';
import { amountFrom } from './amount-from.ts';
import { foodKey } from './food-key.ts';
import type { Addition, PlannedItem } from './plan.ts';
import { scaleAmount } from './quantities.ts';

/** Database rows hold null where the wire format leaves a field out. */
type Maybe<T> = T | null | undefined;

interface Line {
  name: string;
  quantity?: Maybe<string>;
  quantityMax?: Maybe<string>;
  unit?: Maybe<string>;
}

/** A typed line as an addition: a quantity that is not a number is kept as text. */
export function lineAddition({ name, quantity, quantityMax, unit }: Line): Addition {
  const amount = amountFrom(quantity ?? undefined, unit ?? undefined, quantityMax ?? undefined);
  return amount ? { name, amount } : { name };
}

/** A recipe's ingredients scaled to the servings asked for (as written when either is unknown). */
export function recipeAdditions(
  recipe: { id: string; servings?: Maybe<number>; ingredients: Line[] },
  servings: number | undefined,
): Addition[] {
  const factor = servings && recipe.servings ? servings / recipe.servings : 1;
  return recipe.ingredients.map((row) => {
    const { name, amount } = lineAddition(row);
    return {
      name,
      sourceRecipeId: recipe.id,
      ...(amount ? { amount: scaleAmount(amount, factor) } : {}),
    };
  });
}

/** A line on the list as `planAdditions` takes it. */
export function toPlannedItem(item: TGroceryItem): PlannedItem {
  return { ...item, foodKey: foodKey(item.name), amounts: item.quantities };
}

/** A planned (or stored) line, once it has an id, as the list shows it. */
export function toGroceryItem(
  item: Pick<PlannedItem, 'name' | 'amounts' | 'checked' | 'sourceRecipeIds'> & {
    id: string;
    category?: Maybe<string>;
  },
): TGroceryItem {
  return {
    id: item.id,
    name: item.name,
    quantities: item.amounts,
    checked: item.checked,
    ...(item.category ? { category: item.category } : {}),
    sourceRecipeIds: item.sourceRecipeIds,
  };
}
