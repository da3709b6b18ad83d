import type { AppRouter } from '@saffron/api';
import type { QueryClient } from '@tanstack/react-query';
import type { TRPCClient } from '@trpc/client';
import { createTRPCContext, createTRPCOptionsProxy } from '@trpc/tanstack-react-query';

/**
 * React Query helpers: wrap the app in <SaffronProvider trpcClient={...} queryClient={...}>,
 * then `const saffron = useSaffron()` and `useQuery(saffron.recipes.byId.queryOptions({ id }))`.
 */
export const {
  TRPCProvider: SaffronProvider,
  useTRPC: useSaffron,
  useTRPCClient: useSaffronClient,
} = createTRPCContext<AppRouter>();

/** The same query and mutation options outside React (router loaders, prefetching). */
export function createSaffronOptionsProxy(options: {
  client: TRPCClient<AppRouter>;
  queryClient: QueryClient;
}) {
  return createTRPCOptionsProxy<AppRouter>(options);
}
