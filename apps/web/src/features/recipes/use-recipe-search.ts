import { useSaffron } from '@saffron/client/react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useDebouncedValue } from '../../lib/use-debounced-value.ts';

export const PAGE_SIZE = 20;
/** Long enough to let a word be typed, short enough to still feel like search as you type. */
const SEARCH_DELAY_MS = 200;

/** Search as you type: the query follows the input once it pauses; old results stay up meanwhile. */
export function useRecipeSearch(query: string) {
  const saffron = useSaffron();
  const typed = query.trim();
  const debounced = useDebouncedValue(typed, SEARCH_DELAY_MS);
  const search = useInfiniteQuery(
    saffron.recipes.search.infiniteQueryOptions(
      { q: debounced, limit: PAGE_SIZE },
      { getNextPageParam: (page) => page.nextCursor, placeholderData: (previous) => previous },
    ),
  );
  const items = useMemo(
    () => search.data?.pages.flatMap((page) => page.items) ?? [],
    [search.data],
  );
  return {
    ...search,
    items,
    query: debounced,
    stale: debounced !== typed || search.isPlaceholderData,
  };
}
