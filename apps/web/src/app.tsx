import { SaffronProvider } from '@saffron/client/react';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { useState } from 'react';
import { ToastProvider } from './components/ui/toast.tsx';
import { createAppQueryClient, createTrpc, saffronClient } from './lib/api.ts';
import { createAppRouter } from './router.tsx';

function createApp() {
  const app: { router?: ReturnType<typeof createAppRouter> } = {};
  // Any call answered 401 (session expired, revoked elsewhere) leads back to sign-in.
  const queryClient = createAppQueryClient(() => {
    const { router } = app;
    if (!router || router.state.location.pathname === '/login') return;
    queryClient.clear();
    void router.navigate({ to: '/login', search: { redirect: router.state.location.href } });
  });
  const router = createAppRouter({ queryClient, trpc: createTrpc(queryClient) });
  app.router = router;
  return { queryClient, router };
}

export function App() {
  const [{ queryClient, router }] = useState(createApp);
  return (
    <QueryClientProvider client={queryClient}>
      <SaffronProvider trpcClient={saffronClient} queryClient={queryClient}>
        <ToastProvider>
          <RouterProvider router={router} />
        </ToastProvider>
      </SaffronProvider>
    </QueryClientProvider>
  );
}
