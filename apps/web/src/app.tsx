import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { TRPCProvider, createApiClient, createQueryClient } from './lib/trpc.ts';
import { HomePage } from './pages/home.tsx';

export function App() {
  const [queryClient] = useState(createQueryClient);
  const [trpcClient] = useState(createApiClient);
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        <main>
          <HomePage />
        </main>
      </TRPCProvider>
    </QueryClientProvider>
  );
}
