import { useSaffron } from '@saffron/client/react';
import { useQuery } from '@tanstack/react-query';
import { useRouteContext } from '@tanstack/react-router';
import { Card } from '../../components/ui/card.tsx';
import { SkeletonLines } from '../../components/ui/skeleton.tsx';
import { CreateUserForm } from './create-user-form.tsx';
import { UserRow } from './user-row.tsx';

export function UsersPage() {
  const saffron = useSaffron();
  const { me } = useRouteContext({ from: '/_app' });
  const users = useQuery(saffron.admin.users.list.queryOptions());
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Users</h1>
      <Card>
        <h2 className="mb-4 text-lg font-semibold">Create a user</h2>
        <CreateUserForm />
      </Card>
      <Card>
        <h2 className="mb-2 text-lg font-semibold">Everyone</h2>
        {users.isPending ? (
          <SkeletonLines lines={4} label="Loading users" />
        ) : users.isError ? (
          <p role="alert">Could not load the users.</p>
        ) : (
          <ul className="divide-y divide-stone-200 dark:divide-stone-800">
            {users.data.map((user) => (
              <UserRow key={user.id} user={user} isSelf={user.id === me.id} />
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
