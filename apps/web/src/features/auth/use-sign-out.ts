import { useSaffron } from '@saffron/client/react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { forgetPersistedQueries } from '../../lib/persisted-queries.ts';

/** Signs out and forgets everything cached for this user before showing the sign-in screen. */
export function useSignOut() {
  const saffron = useSaffron();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation(
    saffron.auth.logout.mutationOptions({
      onSettled: async () => {
        queryClient.clear();
        forgetPersistedQueries();
        await navigate({ to: '/login', search: {} });
      },
    }),
  );
}
