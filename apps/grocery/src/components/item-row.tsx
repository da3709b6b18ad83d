import { AISLES, formatAmounts, type Language, type TGroceryItem } from '@saffron/client';

/** A line of the list. Ticking strikes it through where it is: nothing moves under the thumb. */
export function ItemRow({
  item,
  language,
  onToggle,
  onAisle,
  onRemove,
}: {
  item: TGroceryItem;
  language: Language;
  onToggle: (checked: boolean) => void;
  onAisle: (aisle: string) => void;
  onRemove: () => void;
}) {
  const amounts = formatAmounts(item.quantities, language);
  return (
    <li className="flex items-center gap-3 py-1">
      <label className="flex min-h-14 flex-1 cursor-pointer items-center gap-4 px-2">
        <input
          type="checkbox"
          checked={item.checked}
          onChange={(event) => onToggle(event.target.checked)}
          className="size-7 shrink-0 accent-emerald-700"
        />
        <span className={item.checked ? 'text-stone-500 line-through dark:text-stone-500' : ''}>
          <span className="text-lg">{item.name}</span>
          {amounts && <span className="text-stone-600 dark:text-stone-400"> {amounts}</span>}
        </span>
      </label>
      <label className="sr-only" htmlFor={`aisle-${item.id}`}>
        Aisle for {item.name}
      </label>
      <select
        id={`aisle-${item.id}`}
        value={item.category ?? 'Other'}
        onChange={(event) => onAisle(event.target.value)}
        className="min-h-11 max-w-28 rounded-lg border border-stone-300 bg-transparent px-1 text-sm dark:border-stone-700"
      >
        {AISLES.map((aisle) => (
          <option key={aisle} value={aisle}>
            {aisle}
          </option>
        ))}
      </select>
      <button
        type="button"
        aria-label={`Remove ${item.name}`}
        onClick={onRemove}
        className="min-h-11 min-w-11 rounded-lg text-xl text-stone-500 hover:bg-stone-200 dark:hover:bg-stone-800"
      >
        ×
      </button>
    </li>
  );
}
