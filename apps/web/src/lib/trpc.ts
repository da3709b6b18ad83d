import type { AppRouter, RouterOutputs } from '@saffron/api';
import { transformer } from '@saffron/shared';
import { QueryClient } from '@tanstack/react-query';
import { createTRPCClient, httpBatchStreamLink } from '@trpc/client';
import { createTRPCContext } from '@trpc/tanstack-react-query';

export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();

export type SystemInfo = RouterOutputs['system']['info'];

export function createQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { staleTime: 30_000 } } });
}

/** Same-origin in every environment: Vite proxies /api/v1 in dev, nginx in production. */
export function createApiClient() {
  return createTRPCClient<AppRouter>({
    links: [httpBatchStreamLink({ url: '/api/v1', transformer })],
  });
}
