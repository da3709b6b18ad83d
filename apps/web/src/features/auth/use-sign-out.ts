import { forgetDeviceData } from '@saffron/client';
import { useSaffron } from '@saffron/client/react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { forgetPersistedQueries } from '../../lib/persisted-queries.ts';

/**
 * Signs out and forgets everything kept for this user before showing the sign-in screen: the
 * query cache, and on the device the grocery list and its offline queue and cached thumbnails
 * (whoever uses a shared device next sees nothing of them). Done even if the server is gone.
 */
export function useSignOut() {
  const saffron = useSaffron();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation(
    saffron.auth.logout.mutationOptions({
      onSettled: async () => {
        queryClient.clear();
        forgetPersistedQueries();
        await forgetDeviceData();
        await navigate({ to: '/login', search: {} });
      },
    }),
  );
}
