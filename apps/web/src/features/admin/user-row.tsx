import type { RouterOutputs } from '@saffron/client';
import { useSaffron } from '@saffron/client/react';
import type { TAdminUpdateUserInput } from '@saffron/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from '../../components/ui/button.tsx';
import { useToast } from '../../components/ui/toast.tsx';
import { AppAccessFields } from './app-access-fields.tsx';
import { ResetPasswordDialog } from './reset-password-dialog.tsx';

type User = RouterOutputs['admin']['users']['list'][number];

/** One account with its controls; changes show at once and roll back if the server refuses. */
export function UserRow({ user, isSelf }: { user: User; isSelf: boolean }) {
  const saffron = useSaffron();
  const queryClient = useQueryClient();
  const toast = useToast();
  const [resetting, setResetting] = useState(false);
  const listKey = saffron.admin.users.list.queryKey();

  const update = useMutation(
    saffron.admin.users.update.mutationOptions({
      onMutate: async (input: TAdminUpdateUserInput) => {
        await queryClient.cancelQueries({ queryKey: listKey });
        const previous = queryClient.getQueryData(listKey);
        const { password: _password, ...visible } = input;
        queryClient.setQueryData(listKey, (users) =>
          users?.map((u) => (u.id === input.id ? { ...u, ...visible } : u)),
        );
        return { previous };
      },
      onError: (error, input, context) => {
        queryClient.setQueryData(listKey, context?.previous);
        toast({
          tone: 'error',
          message: error.message,
          action: { label: 'Retry', onClick: () => update.mutate(input) },
        });
      },
      onSettled: () => queryClient.invalidateQueries({ queryKey: listKey }),
    }),
  );

  return (
    <li className="flex flex-col gap-3 py-4 lg:flex-row lg:items-center">
      <div className="min-w-0 lg:w-56">
        <p className="font-medium">
          {user.username}
          {isSelf && <span className="ml-2 text-sm text-stone-500 dark:text-stone-400">(you)</span>}
        </p>
        <p className="text-sm text-stone-600 dark:text-stone-400">
          {user.role === 'admin' ? 'Administrator' : 'Member'} ·{' '}
          {user.disabled ? 'Disabled' : 'Active'}
        </p>
      </div>
      <div className="flex-1">
        <AppAccessFields
          legend={`Apps for ${user.username}`}
          value={user.apps}
          onChange={(apps) => update.mutate({ id: user.id, apps })}
        />
      </div>
      <div className="flex flex-wrap gap-2">
        <Button
          variant="secondary"
          size="sm"
          onClick={() =>
            update.mutate({ id: user.id, role: user.role === 'admin' ? 'user' : 'admin' })
          }
        >
          {user.role === 'admin' ? 'Make member' : 'Make admin'}
        </Button>
        <Button variant="secondary" size="sm" onClick={() => setResetting(true)}>
          Reset password
        </Button>
        <Button
          variant={user.disabled ? 'secondary' : 'danger'}
          size="sm"
          onClick={() => update.mutate({ id: user.id, disabled: !user.disabled })}
        >
          {user.disabled ? 'Enable' : 'Disable'}
        </Button>
      </div>
      <ResetPasswordDialog user={user} open={resetting} onClose={() => setResetting(false)} />
    </li>
  );
}
