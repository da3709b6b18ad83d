export { lineAddition, recipeAdditions, toGroceryItem, toPlannedItem } from './additions.ts';
export { amountFrom } from './amount-from.ts';
export { aisleFor, AISLES, type Aisle } from './aisles.ts';
export { foodKey } from './food-key.ts';
export { formatAmount, formatAmounts } from './format.ts';
export { planAdditions, type Addition, type Plan, type PlannedItem } from './plan.ts';
export { mergeAmount, scaleAmount, type GroceryAmount } from './quantities.ts';
