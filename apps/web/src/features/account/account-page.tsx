import { useRouteContext } from '@tanstack/react-router';
import { Card } from '../../components/ui/card.tsx';
import { ChangePasswordForm } from './change-password-form.tsx';
import { RecipeLanguageSetting } from './recipe-language-setting.tsx';
import { SessionsList } from './sessions-list.tsx';

export function AccountPage() {
  const { me } = useRouteContext({ from: '/_app' });
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Account</h1>
        <p className="text-stone-600 dark:text-stone-400">
          Signed in as <strong>{me.username}</strong> (
          {me.role === 'admin' ? 'administrator' : 'member'}).
        </p>
      </div>
      <Card>
        <h2 className="mb-4 text-lg font-semibold">Password</h2>
        <ChangePasswordForm />
      </Card>
      <Card>
        <h2 className="mb-4 text-lg font-semibold">Recipe language</h2>
        <RecipeLanguageSetting />
      </Card>
      <Card>
        <h2 className="mb-4 text-lg font-semibold">Signed-in devices</h2>
        <SessionsList />
      </Card>
    </div>
  );
}
