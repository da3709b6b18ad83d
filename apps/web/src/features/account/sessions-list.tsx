import { useSaffron } from '@saffron/client/react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from '../../components/ui/button.tsx';
import { SkeletonLines } from '../../components/ui/skeleton.tsx';
import { useToast } from '../../components/ui/toast.tsx';
import { describeDevice, timeAgo } from '../../lib/format.ts';
import { useSignOut } from '../auth/use-sign-out.ts';

/** Where this account is signed in; any other device can be signed out from here. */
export function SessionsList() {
  const saffron = useSaffron();
  const queryClient = useQueryClient();
  const toast = useToast();
  const signOut = useSignOut();
  const sessions = useQuery(saffron.auth.sessions.queryOptions());
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: saffron.auth.sessions.queryKey() });
  const revoke = useMutation(
    saffron.auth.revokeSession.mutationOptions({
      onSuccess: refresh,
      onError: (_error, input) =>
        toast({
          tone: 'error',
          message: 'Could not sign that device out.',
          action: { label: 'Retry', onClick: () => revoke.mutate(input) },
        }),
    }),
  );
  const revokeOthers = useMutation(
    saffron.auth.revokeOtherSessions.mutationOptions({
      onSuccess: refresh,
      onError: () =>
        toast({
          tone: 'error',
          message: 'Could not sign the other devices out.',
          action: { label: 'Retry', onClick: () => revokeOthers.mutate() },
        }),
    }),
  );

  if (sessions.isPending) return <SkeletonLines lines={3} label="Loading devices" />;
  if (sessions.isError) return <p role="alert">Could not load your devices.</p>;
  const others = sessions.data.filter((session) => !session.current);

  return (
    <div className="space-y-4">
      <ul className="divide-y divide-stone-200 dark:divide-stone-800">
        {sessions.data.map((session) => (
          <li key={session.id} className="flex flex-wrap items-center gap-3 py-3">
            <div className="min-w-0 flex-1">
              <p className="font-medium">
                {describeDevice(session.userAgent)}
                {session.current && (
                  <span className="ml-2 rounded-full bg-brand-100 px-2 py-0.5 text-xs font-semibold text-brand-800 dark:bg-brand-800 dark:text-brand-50">
                    This device
                  </span>
                )}
              </p>
              <p className="text-sm text-stone-600 dark:text-stone-400">
                {session.ip ?? 'Unknown address'} · active {timeAgo(session.lastSeenAt)} · signed in{' '}
                {timeAgo(session.createdAt)}
              </p>
            </div>
            {session.current ? (
              <Button variant="secondary" size="sm" onClick={() => signOut.mutate()}>
                Sign out
              </Button>
            ) : (
              <Button
                variant="secondary"
                size="sm"
                onClick={() => revoke.mutate({ id: session.id })}
              >
                Sign out device
              </Button>
            )}
          </li>
        ))}
      </ul>
      {others.length > 1 && (
        <Button
          variant="danger"
          size="sm"
          busy={revokeOthers.isPending}
          onClick={() => revokeOthers.mutate()}
        >
          Sign out all other devices
        </Button>
      )}
    </div>
  );
}
