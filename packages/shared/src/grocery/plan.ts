import { aisleFor } from './aisles.ts';
import { foodKey } from './food-key.ts';
import { mergeAmount, type GroceryAmount } from './quantities.ts';

export interface PlannedItem {
  /** Undefined for an item the additions create. */
  id?: string;
  name: string;
  foodKey: string;
  amounts: GroceryAmount[];
  checked: boolean;
  category?: string | undefined;
  sourceRecipeIds: string[];
}

export interface Addition {
  name: string;
  amount?: GroceryAmount;
  sourceRecipeId?: string;
}

export interface Plan {
  items: PlannedItem[];
  /** What each addition did: joined an existing line, or started a new one. */
  outcomes: { addition: Addition; merged: boolean; into: PlannedItem }[];
}

/**
 * Applies additions to a list: an addition joins an unchecked line of the same food (units
 * converted or kept side by side) or starts a new line. The server stores what this returns;
 * the web app shows it beforehand as a preview.
 */
export function planAdditions(list: PlannedItem[], additions: Addition[]): Plan {
  // Keys from the names, so lines stored before the parser knew better still merge.
  const items = list.map((item) => ({ ...item, foodKey: foodKey(item.name) }));
  const outcomes: Plan['outcomes'] = [];
  for (const addition of additions) {
    const key = foodKey(addition.name);
    const existing = items.find((item) => !item.checked && item.foodKey === key);
    const target =
      existing ??
      items[
        items.push({
          name: addition.name.trim(),
          foodKey: key,
          amounts: [],
          checked: false,
          category: aisleFor(addition.name),
          sourceRecipeIds: [],
        }) - 1
      ]!;
    if (addition.amount) target.amounts = mergeAmount(target.amounts, addition.amount);
    if (addition.sourceRecipeId && !target.sourceRecipeIds.includes(addition.sourceRecipeId)) {
      target.sourceRecipeIds = [...target.sourceRecipeIds, addition.sourceRecipeId];
    }
    outcomes.push({
      addition,
      merged: existing !== undefined && existing.id !== undefined,
      into: target,
    });
  }
  return { items, outcomes };
}
