import { Outlet, useMatchRoute } from '@tanstack/react-router';
import { cn } from '../../lib/cn.ts';
import { RecipeListPanel } from './recipe-list-panel.tsx';

/**
 * On a desktop, the list and the open recipe side by side; on a phone, one at a time (the
 * recipe, its form, or the list).
 */
export function RecipesLayout() {
  const matchRoute = useMatchRoute();
  const listOnly = Boolean(matchRoute({ to: '/' }));
  return (
    <div className="lg:grid lg:grid-cols-[minmax(20rem,26rem)_1fr] lg:gap-8">
      <div className={cn(listOnly ? 'block' : 'hidden', 'lg:block')}>
        <RecipeListPanel />
      </div>
      <div className={cn(listOnly ? 'hidden' : 'block', 'min-w-0 lg:block')}>
        <Outlet />
      </div>
    </div>
  );
}

/** The right-hand pane on a desktop before a recipe is chosen. */
export function NoRecipeSelected() {
  return (
    <div className="hidden h-full min-h-80 items-center justify-center rounded-xl border border-dashed border-stone-300 text-stone-600 lg:flex dark:border-stone-700 dark:text-stone-400">
      Choose a recipe, or press{' '}
      <kbd className="mx-1 rounded border px-1.5 font-mono text-sm">n</kbd> for a new one.
    </div>
  );
}
