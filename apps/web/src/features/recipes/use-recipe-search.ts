import { useSaffron } from '@saffron/client/react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useDeferredValue } from 'react';

export const PAGE_SIZE = 20;

/** Search as you type: the query follows the input, and React keeps the old results up meanwhile. */
export function useRecipeSearch(query: string) {
  const saffron = useSaffron();
  const deferred = useDeferredValue(query.trim());
  const search = useInfiniteQuery(
    saffron.recipes.search.infiniteQueryOptions(
      { q: deferred, limit: PAGE_SIZE },
      { getNextPageParam: (page) => page.nextCursor, placeholderData: (previous) => previous },
    ),
  );
  const items = search.data?.pages.flatMap((page) => page.items) ?? [];
  return {
    ...search,
    items,
    query: deferred,
    stale: deferred !== query.trim() || search.isPlaceholderData,
  };
}
