import {
  dehydrate,
  hydrate,
  type DehydratedState,
  type Query,
  type QueryClient,
} from '@tanstack/react-query';

const KEY = 'saffron:queries:v1';
const MAX_AGE_MS = 7 * 24 * 3_600_000;
const MAX_RECIPES = 30;

/** Only what a person needs to read their recent recipes with no connection. */
const KEPT = new Set(['auth.me', 'system.info', 'recipes.byId', 'recipes.search']);

function path(query: Query): string | undefined {
  const [segments] = query.queryKey as [unknown];
  return Array.isArray(segments) ? segments.join('.') : undefined;
}

function worthKeeping(query: Query): boolean {
  if (query.state.status !== 'success' || !KEPT.has(path(query) ?? '')) return false;
  if (path(query) !== 'recipes.search') return true;
  const [, options] = query.queryKey as [unknown, { input?: { q?: string } }?];
  return !options?.input?.q; // the plain listing, not every search typed
}

/**
 * Keeps recently used queries on the device (localStorage) and restores them at start, so
 * recipes opened recently stay readable offline after a reload. Cleared on sign-out.
 */
export function persistQueries(queryClient: QueryClient, storage: Storage = localStorage): void {
  try {
    const saved = JSON.parse(storage.getItem(KEY) ?? 'null') as {
      at: number;
      state: DehydratedState;
    } | null;
    if (saved && Date.now() - saved.at < MAX_AGE_MS) hydrate(queryClient, saved.state);
  } catch {
    storage.removeItem(KEY);
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  queryClient.getQueryCache().subscribe(() => {
    clearTimeout(timer);
    timer = setTimeout(() => save(queryClient, storage), 500);
  });
}

function save(queryClient: QueryClient, storage: Storage): void {
  const recent = queryClient
    .getQueryCache()
    .findAll({ predicate: (query) => path(query) === 'recipes.byId' })
    .sort((a, b) => b.state.dataUpdatedAt - a.state.dataUpdatedAt)
    .slice(0, MAX_RECIPES);
  const keep = new Set<Query>(recent);
  const state = dehydrate(queryClient, {
    shouldDehydrateQuery: (query) =>
      worthKeeping(query) && (path(query) !== 'recipes.byId' || keep.has(query)),
  });
  try {
    storage.setItem(KEY, JSON.stringify({ at: Date.now(), state }));
  } catch {
    // Full or disabled storage: offline reading is a bonus, never a failure.
  }
}

export function forgetPersistedQueries(storage: Storage = localStorage): void {
  storage.removeItem(KEY);
}
