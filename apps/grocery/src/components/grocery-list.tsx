import { AISLES, type Language, type TGroceryItem } from '@saffron/client';
import { ItemRow } from './item-row.tsx';
import type { GroceryStore } from '../sync/store.ts';

/** Grouped by aisle, in the order a walk through the shop meets them. */
function byAisle(items: TGroceryItem[]): [string, TGroceryItem[]][] {
  const groups = new Map<string, TGroceryItem[]>();
  for (const item of items) {
    const aisle = item.category ?? 'Other';
    groups.set(aisle, [...(groups.get(aisle) ?? []), item]);
  }
  const order = (aisle: string) => {
    const index = (AISLES as readonly string[]).indexOf(aisle);
    return index < 0 ? AISLES.length - 1 : index;
  };
  return [...groups.entries()].sort(([a], [b]) => order(a) - order(b));
}

export function GroceryList({
  items,
  store,
  language,
}: {
  items: TGroceryItem[];
  store: GroceryStore;
  /** Units are shown in it: "2 EL", "3 cloves". */
  language: Language;
}) {
  if (items.length === 0) {
    return (
      <p className="py-16 text-center text-stone-600 dark:text-stone-400">
        The list is empty. Add what you need above, or send a recipe from Saffron.
      </p>
    );
  }
  return (
    <div className="space-y-4">
      {byAisle(items).map(([aisle, group]) => (
        <section key={aisle} aria-labelledby={`aisle-heading-${aisle}`}>
          <h2
            id={`aisle-heading-${aisle}`}
            className="px-2 text-sm font-semibold tracking-wide text-emerald-800 uppercase dark:text-emerald-400"
          >
            {aisle}
          </h2>
          <ul className="divide-y divide-stone-200 dark:divide-stone-800">
            {group.map((item) => (
              <ItemRow
                key={item.id}
                item={item}
                language={language}
                onToggle={(checked) => store.toggle(item.id, checked)}
                onAisle={(next) => store.setAisle(item.id, next)}
                onRemove={() => store.remove(item.id)}
              />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
