import type { RouterOutputs } from '@saffron/client';
import { Link } from '@tanstack/react-router';
import { timeAgo } from '../../lib/format.ts';

type Summary = RouterOutputs['recipes']['search']['items'][number];

export function RecipeCard({ recipe }: { recipe: Summary }) {
  return (
    <li>
      <Link
        to="/recipes/$recipeId"
        params={{ recipeId: recipe.id }}
        activeProps={{
          'aria-current': 'page',
          className: 'border-brand-600 bg-brand-50 dark:bg-stone-900 dark:border-brand-500',
        }}
        className="block rounded-xl border border-stone-200 bg-white px-4 py-3 hover:border-stone-300 dark:border-stone-800 dark:bg-stone-950 dark:hover:border-stone-700"
      >
        <p className="font-semibold">{recipe.name}</p>
        <p className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-sm text-stone-600 dark:text-stone-400">
          {recipe.tags.slice(0, 4).map((tag) => (
            <span key={tag}>#{tag}</span>
          ))}
          <span>edited {timeAgo(recipe.updatedAt)}</span>
        </p>
      </Link>
    </li>
  );
}
