import { createSaffronClient, httpStatusOf } from '@saffron/client';
import { createSaffronOptionsProxy } from '@saffron/client/react';
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';

/** Same origin everywhere: Vite proxies /api/v1 in development, nginx in production. */
export const saffronClient = createSaffronClient({ baseUrl: '' });

/** Client errors (4xx) will not change on retry; network and server errors may. */
function shouldRetry(failures: number, error: unknown): boolean {
  const status = httpStatusOf(error);
  if (status !== undefined && status >= 400 && status < 500) return false;
  return failures < 2;
}

export interface QueryClientEvents {
  /** Any call answered 401: the session ended (expired, revoked elsewhere). */
  onUnauthorized: () => void;
  /** A change was attempted with no connection: it was not saved. */
  onOfflineMutation: () => void;
}

export function createAppQueryClient(events: QueryClientEvents): QueryClient {
  const on401 = (error: unknown) => {
    if (httpStatusOf(error) === 401) events.onUnauthorized();
  };
  return new QueryClient({
    queryCache: new QueryCache({ onError: on401 }),
    mutationCache: new MutationCache({
      onError: (error) => (navigator.onLine ? on401(error) : events.onOfflineMutation()),
    }),
    defaultOptions: {
      // A day in memory, so recipes restored from the device outlive a quiet tab.
      queries: { staleTime: 30_000, gcTime: 24 * 3_600_000, retry: shouldRetry },
      // Offline changes fail at once with a clear message instead of waiting silently.
      mutations: { retry: false, networkMode: 'always' },
    },
  });
}

export function createTrpc(queryClient: QueryClient) {
  return createSaffronOptionsProxy({ client: saffronClient, queryClient });
}

export type Trpc = ReturnType<typeof createTrpc>;
