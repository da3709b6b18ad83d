import { Link } from '@tanstack/react-router';
import { cn } from '../../lib/cn.ts';
import { ITEM_STATES, recipeOf, type ImportItem, type Tone } from './import-states.ts';

const TONE_CLASSES: Record<Tone, string> = {
  waiting: 'bg-stone-200 text-stone-800 dark:bg-stone-800 dark:text-stone-200',
  done: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200',
  neutral: 'bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-200',
  failed: 'bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200',
};

function ItemRow({ item }: { item: ImportItem }) {
  const state = ITEM_STATES[item.status];
  const recipeId = recipeOf(item);
  const what = item.name ?? item.url ?? item.entry ?? `Recipe ${item.position + 1}`;
  return (
    <li className="flex flex-col gap-1 py-3 sm:flex-row sm:items-start sm:gap-3">
      <span
        className={cn(
          'w-fit shrink-0 rounded-full px-2.5 py-0.5 text-sm font-medium',
          TONE_CLASSES[state.tone],
        )}
      >
        {state.label}
      </span>
      <div className="min-w-0 flex-1">
        {recipeId ? (
          <Link
            to="/recipes/$recipeId"
            params={{ recipeId }}
            className="font-medium break-all text-brand-700 underline dark:text-brand-500"
          >
            {what}
          </Link>
        ) : (
          <span className="break-all">{what}</span>
        )}
        {item.name && item.url && (
          <span className="block text-sm break-all text-stone-600 dark:text-stone-400">
            {item.url}
          </span>
        )}
        {item.reason && <p className="text-sm text-red-700 dark:text-red-400">{item.reason}</p>}
      </div>
    </li>
  );
}

/** Every link or archive entry of a job, in order, with its state and what came of it. */
export function JobItems({ items, label }: { items: ImportItem[]; label: string }) {
  return (
    <ul aria-label={label} className="divide-y divide-stone-200 dark:divide-stone-800">
      {items.map((item) => (
        <ItemRow key={item.position} item={item} />
      ))}
    </ul>
  );
}
