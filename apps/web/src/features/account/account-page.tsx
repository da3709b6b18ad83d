import { useRouteContext } from '@tanstack/react-router';
import { Card } from '../../components/ui/card.tsx';
import { BookmarkletCard } from '../imports/bookmarklet-card.tsx';
import { ExportCard } from '../imports/export-card.tsx';
import { MovingInCard } from '../imports/moving-in-card.tsx';
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
      <Card id="bookmarklet" className="scroll-mt-20">
        <h2 className="mb-4 text-lg font-semibold">Save to Saffron bookmarklet</h2>
        <BookmarkletCard />
      </Card>
      <Card id="moving-in" className="scroll-mt-20">
        <h2 className="mb-4 text-lg font-semibold">Move in from another app</h2>
        <MovingInCard />
      </Card>
      <Card id="export" className="scroll-mt-20">
        <h2 className="mb-4 text-lg font-semibold">Export</h2>
        <ExportCard />
      </Card>
      <Card>
        <h2 className="mb-4 text-lg font-semibold">Signed-in devices</h2>
        <SessionsList />
      </Card>
    </div>
  );
}
