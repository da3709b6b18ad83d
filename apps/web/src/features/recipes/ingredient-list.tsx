import type { TIngredientInput } from '@saffron/shared';

export function IngredientList({ ingredients }: { ingredients: TIngredientInput[] }) {
  if (ingredients.length === 0)
    return <p className="text-stone-600 dark:text-stone-400">No ingredients listed.</p>;
  return (
    <ul className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900">
      {ingredients.map((row, i) => (
        <li key={i} className="flex gap-3 px-4 py-2">
          <span className="w-24 shrink-0 text-right font-medium tabular-nums">
            {[row.quantity, row.unit].filter(Boolean).join(' ')}
          </span>
          <span>
            {row.name}
            {row.note && <span className="text-stone-600 dark:text-stone-400">, {row.note}</span>}
          </span>
        </li>
      ))}
    </ul>
  );
}
