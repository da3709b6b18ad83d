import { SaffronProvider } from '@saffron/client/react';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { UpdatePrompt } from './components/layout/update-prompt.tsx';
import { ToastProvider, useToast, type ToastInput } from './components/ui/toast.tsx';
import { UploadQueue } from './features/attachments/upload-queue.ts';
import { UploadsContext } from './features/attachments/uploads-context.tsx';
import { createAppQueryClient, createTrpc, filesClient, saffronClient } from './lib/api.ts';
import { persistQueries } from './lib/persisted-queries.ts';
import { createAppRouter } from './router.tsx';

function createApp() {
  const app: AppHooks & { router?: ReturnType<typeof createAppRouter> } = {
    setToast: (toast) => (app.toast = toast),
  };
  const onUnauthorized = () => {
    const { router } = app;
    if (!router || router.state.location.pathname === '/login') return;
    queryClient.clear();
    void router.navigate({ to: '/login', search: { redirect: router.state.location.href } });
  };
  const queryClient = createAppQueryClient({
    onUnauthorized,
    onOfflineMutation: () =>
      app.toast?.({
        tone: 'error',
        message: 'Offline: that change was not saved. Try again once the connection is back.',
      }),
  });
  persistQueries(queryClient);
  const trpc = createTrpc(queryClient);
  const router = createAppRouter({ queryClient, trpc });
  app.router = router;
  const uploads = new UploadQueue({
    upload: filesClient.upload,
    onUploaded: (recipeId, attachments) => {
      const key = trpc.recipes.byId.queryKey({ id: recipeId });
      queryClient.setQueryData(key, (recipe) =>
        recipe ? { ...recipe, attachments: [...recipe.attachments, ...attachments] } : recipe,
      );
      void queryClient.invalidateQueries({ queryKey: key });
    },
    onUnauthorized,
  });
  return { queryClient, router, app, uploads };
}

interface AppHooks {
  toast?: (toast: ToastInput) => void;
  setToast: (toast: (toast: ToastInput) => void) => void;
}

/** Lets the query client, which lives outside React, show toasts. */
function ToastBridge({ app }: { app: AppHooks }) {
  const toast = useToast();
  useEffect(() => {
    app.setToast(toast);
  }, [app, toast]);
  return null;
}

export function App() {
  const [{ queryClient, router, app, uploads }] = useState(createApp);
  return (
    <QueryClientProvider client={queryClient}>
      <SaffronProvider trpcClient={saffronClient} queryClient={queryClient}>
        <ToastProvider>
          <ToastBridge app={app} />
          <UploadsContext.Provider value={uploads}>
            <RouterProvider router={router} />
          </UploadsContext.Provider>
          <UpdatePrompt />
        </ToastProvider>
      </SaffronProvider>
    </QueryClientProvider>
  );
}
