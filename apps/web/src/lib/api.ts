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

export function createAppQueryClient(onUnauthorized: () => void): QueryClient {
  const on401 = (error: unknown) => {
    if (httpStatusOf(error) === 401) onUnauthorized();
  };
  return new QueryClient({
    queryCache: new QueryCache({ onError: on401 }),
    mutationCache: new MutationCache({ onError: on401 }),
    defaultOptions: {
      queries: { staleTime: 30_000, retry: shouldRetry },
      mutations: { retry: false },
    },
  });
}

export function createTrpc(queryClient: QueryClient) {
  return createSaffronOptionsProxy({ client: saffronClient, queryClient });
}

export type Trpc = ReturnType<typeof createTrpc>;
