import { createSaffronClient } from '@saffron/client';
import { createFilesClient } from '@saffron/client/files';
import { createSaffronOptionsProxy } from '@saffron/client/react';
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { connectivity } from './connectivity.ts';
import { statusOf } from './errors.ts';

/** Same origin everywhere: Vite proxies the api in development, nginx in production. */
export const saffronClient = createSaffronClient({ baseUrl: '' });
export const filesClient = createFilesClient({ baseUrl: '' });

/** Client errors (4xx) will not change on retry; network and server errors may. */
function shouldRetry(failures: number, error: unknown): boolean {
  const status = statusOf(error);
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
  // Api and files errors alike: the files service is called through the same query client.
  const onError = (error: unknown) => {
    const status = statusOf(error);
    if (status === 0) connectivity.reportUnreachable();
    if (status === 401) events.onUnauthorized();
  };
  const onSuccess = () => connectivity.reportReachable();
  return new QueryClient({
    queryCache: new QueryCache({ onError, onSuccess }),
    mutationCache: new MutationCache({
      onError: (error) => {
        onError(error);
        if (!connectivity.isOnline()) events.onOfflineMutation();
      },
      onSuccess,
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
