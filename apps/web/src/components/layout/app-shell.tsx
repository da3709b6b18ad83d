import { Link, Outlet, useRouteContext } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useSignOut } from '../../features/auth/use-sign-out.ts';
import { Button } from '../ui/button.tsx';
import { icon } from '../ui/icon.tsx';
import { OfflineBanner } from './offline-banner.tsx';
import { useShortcuts } from './use-shortcuts.ts';

interface NavItem {
  to: '/' | '/account' | '/admin/users';
  label: string;
  icon: ReactNode;
}

const RECIPES: NavItem = { to: '/', label: 'Recipes', icon: icon('M4 5h16M4 12h16M4 19h10') };
const ACCOUNT: NavItem = {
  to: '/account',
  label: 'Account',
  icon: icon('M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8Zm-7 8a7 7 0 0 1 14 0'),
};
const USERS: NavItem = {
  to: '/admin/users',
  label: 'Users',
  icon: icon(
    'M9 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6Zm7 0a3 3 0 1 0 0-6m-13 14a6 6 0 0 1 12 0m2-6a6 6 0 0 1 4 6',
  ),
};

const activeLink = 'text-brand-700 dark:text-brand-500';

/** The same links in the header (desktop) and the bottom bar (phone), styled per place. */
function NavLinks({
  items,
  className,
  withIcons,
}: {
  items: NavItem[];
  className: string;
  withIcons?: boolean;
}) {
  return items.map((item) => (
    <Link
      key={item.to}
      to={item.to}
      activeOptions={{ exact: item.to === '/', includeSearch: false }}
      activeProps={{ className: activeLink, 'aria-current': 'page' }}
      className={className}
    >
      {withIcons && item.icon}
      {item.label}
    </Link>
  ));
}

/**
 * Signed-in frame. Phones get a bottom bar with large targets; wider screens a header.
 * A skip link lets keyboard users go straight to the content.
 */
export function AppShell() {
  const { me } = useRouteContext({ from: '/_app' });
  const signOut = useSignOut();
  useShortcuts();
  const items = me.role === 'admin' ? [RECIPES, ACCOUNT, USERS] : [RECIPES, ACCOUNT];

  return (
    <div className="min-h-dvh pb-20 md:pb-0">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:m-2 focus:rounded focus:bg-white focus:p-2"
      >
        Skip to content
      </a>
      <OfflineBanner />
      <header className="sticky top-0 z-30 border-b border-stone-200 bg-white/90 backdrop-blur dark:border-stone-800 dark:bg-stone-950/90">
        <div className="mx-auto flex h-14 max-w-6xl items-center gap-6 px-4">
          <Link to="/" className="text-xl font-bold text-brand-700 dark:text-brand-500">
            Saffron
          </Link>
          <nav aria-label="Main" className="hidden flex-1 gap-1 md:flex">
            <NavLinks
              items={items}
              className="rounded-lg px-3 py-2 font-medium hover:bg-stone-100 dark:hover:bg-stone-900"
            />
          </nav>
          <div className="ml-auto flex items-center gap-2">
            <span className="max-w-32 truncate text-sm text-stone-600 dark:text-stone-400">
              {me.username}
            </span>
            <Button
              variant="ghost"
              size="sm"
              busy={signOut.isPending}
              onClick={() => signOut.mutate()}
            >
              Sign out
            </Button>
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        <Outlet />
      </main>
      <nav
        aria-label="Main"
        className="fixed inset-x-0 bottom-0 z-30 flex border-t border-stone-200 bg-white pb-[env(safe-area-inset-bottom)] md:hidden dark:border-stone-800 dark:bg-stone-950"
      >
        <NavLinks
          items={items}
          withIcons
          className="flex min-h-16 flex-1 flex-col items-center justify-center gap-1 text-xs font-medium"
        />
      </nav>
    </div>
  );
}
