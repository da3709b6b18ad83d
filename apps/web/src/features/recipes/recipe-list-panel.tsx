import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { Button } from '../../components/ui/button.tsx';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { controlClass } from '../../components/ui/field.tsx';
import { Skeleton } from '../../components/ui/skeleton.tsx';
import { PasteLinkForm } from '../imports/paste-link-form.tsx';
import { RecipeCard } from './recipe-card.tsx';
import { useRecipeSearch } from './use-recipe-search.ts';

export const SEARCH_INPUT_ID = 'recipe-search';

/** Search box and results: search as you type, more results as the list scrolls. */
export function RecipeListPanel() {
  const { q = '' } = useSearch({ strict: false });
  const navigate = useNavigate();
  const search = useRecipeSearch(q);
  const sentinel = useRef<HTMLLIElement>(null);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = search;

  useEffect(() => {
    const element = sentinel.current;
    if (!element || !hasNextPage) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting) && !isFetchingNextPage)
        void fetchNextPage();
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

  return (
    <section aria-labelledby="recipes-title" className="space-y-4">
      <div className="flex items-center justify-between gap-4">
        <h1 id="recipes-title" className="text-2xl font-bold">
          Recipes
        </h1>
        <div className="flex gap-2">
          <Link
            to="/import"
            search={{}}
            className="rounded-lg border border-stone-300 bg-white px-4 py-2 font-medium hover:bg-stone-100 dark:border-stone-700 dark:bg-stone-900 dark:hover:bg-stone-800"
          >
            Import
          </Link>
          <Link
            to="/recipes/new"
            className="rounded-lg bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 dark:bg-brand-500 dark:text-stone-950"
          >
            New recipe
          </Link>
        </div>
      </div>
      <div role="search" className="relative">
        <label htmlFor={SEARCH_INPUT_ID} className="sr-only">
          Search your recipes
        </label>
        <input
          id={SEARCH_INPUT_ID}
          type="search"
          value={q}
          placeholder="Search by name, ingredient or tag  ( / )"
          autoComplete="off"
          onChange={(event) =>
            void navigate({
              to: '.',
              search: (prev: { q?: string }) => ({ ...prev, q: event.target.value || undefined }),
              replace: true,
            })
          }
          className={controlClass({ extra: 'pr-10' })}
        />
        {/* Older results stay readable while newer ones load; this says they are coming. */}
        {search.stale && (
          <span
            aria-hidden="true"
            className="absolute top-1/2 right-3 size-4 -translate-y-1/2 animate-spin rounded-full border-2 border-stone-300 border-t-brand-600 dark:border-stone-700 dark:border-t-brand-500"
          />
        )}
      </div>
      <Results search={search} sentinel={sentinel} />
    </section>
  );
}

function Results({
  search,
  sentinel,
}: {
  search: ReturnType<typeof useRecipeSearch>;
  sentinel: React.RefObject<HTMLLIElement | null>;
}) {
  if (search.isPending) {
    return (
      <ul aria-label="Loading recipes" className="space-y-2">
        {[0, 1, 2, 3].map((i) => (
          <li key={i}>
            <Skeleton className="h-[4.5rem] w-full rounded-xl" />
          </li>
        ))}
      </ul>
    );
  }
  if (search.isError && !search.data) {
    return (
      <EmptyState
        title="Could not load your recipes"
        action={<Button onClick={() => void search.refetch()}>Try again</Button>}
      >
        Check your connection.
      </EmptyState>
    );
  }
  if (search.items.length === 0) {
    return search.query ? (
      <EmptyState title={`No recipes match “${search.query}”`}>
        Try fewer words, or another spelling.
      </EmptyState>
    ) : (
      <EmptyState
        title="No recipes yet"
        action={
          <div className="w-full max-w-md space-y-4">
            <PasteLinkForm label="Paste a link to a recipe page" />
            <p>
              or{' '}
              <Link
                to="/recipes/new"
                className="font-medium text-brand-700 underline dark:text-brand-500"
              >
                type in your first recipe
              </Link>
              , or see{' '}
              <Link
                to="/import"
                search={{}}
                className="font-medium text-brand-700 underline dark:text-brand-500"
              >
                other ways to import
              </Link>
              .
            </p>
          </div>
        }
      >
        Add recipes with their ingredients, then find them here by name, ingredient or tag.
      </EmptyState>
    );
  }
  return (
    <ul aria-label="Recipes" aria-busy={search.stale || undefined} className="space-y-2">
      {search.items.map((recipe) => (
        <RecipeCard key={recipe.id} recipe={recipe} />
      ))}
      {search.hasNextPage && (
        <li ref={sentinel} className="pt-2 text-center">
          <Button
            variant="secondary"
            busy={search.isFetchingNextPage}
            onClick={() => void search.fetchNextPage()}
          >
            Load more
          </Button>
        </li>
      )}
    </ul>
  );
}
