import { transformer } from '@saffron/shared/transformer';
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
  // Data stays worth keeping when a later refresh failed (offline): that is when it is needed.
  if (query.state.data === undefined || !KEPT.has(path(query) ?? '')) return false;
  if (path(query) !== 'recipes.search') return true;
  const [, options] = query.queryKey as [unknown, { input?: { q?: string } }?];
  return !options?.input?.q; // the plain listing, not every search typed
}

/**
 * Keeps recently used queries on the device (localStorage) and restores them at start, so
 * recipes opened recently stay readable offline after a reload. Cleared on sign-out.
 */
export function persistQueries(
  queryClient: QueryClient,
  storage: Storage = localStorage,
  page: Pick<EventTarget, 'addEventListener'> = window,
): void {
  try {
    const stored = storage.getItem(KEY);
    const saved = stored ? transformer.parse<{ at: number; state: DehydratedState }>(stored) : null;
    if (saved && Date.now() - saved.at < MAX_AGE_MS) {
      hydrate(queryClient, saved.state);
      // Shown at once, but checked with the server as soon as a screen uses them.
      void queryClient.invalidateQueries({ refetchType: 'none' });
    }
  } catch {
    storage.removeItem(KEY);
  }
  // At most twice a second while in use, and always as the page goes away (reload, close).
  let timer: ReturnType<typeof setTimeout> | undefined;
  queryClient.getQueryCache().subscribe((event) => {
    // Observers coming and going and fetches starting change nothing that is saved.
    const changed =
      (event.type === 'updated' && event.action.type === 'success') || event.type === 'removed';
    if (!changed) return;
    timer ??= setTimeout(() => {
      timer = undefined;
      save(queryClient, storage);
    }, 500);
  });
  page.addEventListener('pagehide', () => save(queryClient, storage));
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
    storage.setItem(KEY, transformer.stringify({ at: Date.now(), state }));
  } catch {
    // Full or disabled storage: offline reading is a bonus, never a failure.
  }
}

export function forgetPersistedQueries(storage: Storage = localStorage): void {
  storage.removeItem(KEY);
}
