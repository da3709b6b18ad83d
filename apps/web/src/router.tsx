import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
  redirect,
} from '@tanstack/react-router';
import { AppShell } from './components/layout/app-shell.tsx';
import { NotFound, RouteError } from './components/layout/route-states.tsx';
import { LoginPage } from './features/auth/login-page.tsx';
import { requireSignedIn, type RouterContext } from './features/auth/session.ts';
import { RecipeDetailPage } from './features/recipes/recipe-detail-page.tsx';
import { NoRecipeSelected, RecipesLayout } from './features/recipes/recipes-layout.tsx';

/** Query strings are typed by hand: the router loads before the schemas (zod) to stay small. */
const optionalText = (value: unknown) => (typeof value === 'string' && value ? value : undefined);
const MAX_QUERY_LENGTH = 200;
/** A shared link with its text: room for a long address (the api takes up to 2000). */
const MAX_SHARED_LENGTH = 4000;

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFound,
  errorComponent: RouteError,
});

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  validateSearch: (search: Record<string, unknown>): { redirect?: string } => ({
    redirect: optionalText(search.redirect),
  }),
  component: LoginPage,
});

const setupRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/setup',
  beforeLoad: async ({ context }) => {
    const info = await context.queryClient.fetchQuery(context.trpc.system.info.queryOptions());
    if (!info.setupRequired) throw redirect({ to: '/login', search: {} });
  },
  component: lazyRouteComponent(() => import('./features/auth/setup-page.tsx'), 'SetupPage'),
});

/** Every screen below needs a signed-in user. */
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: '_app',
  beforeLoad: ({ context, location }) => requireSignedIn(context, location.href),
  component: AppShell,
});

/** The landing page: search on the left (or alone on a phone), the open recipe beside it. */
const recipesRoute = createRoute({
  getParentRoute: () => appRoute,
  id: '_recipes',
  validateSearch: (search: Record<string, unknown>): { q?: string } => ({
    q: optionalText(search.q)?.slice(0, MAX_QUERY_LENGTH),
  }),
  component: RecipesLayout,
});

const searchRoute = createRoute({
  getParentRoute: () => recipesRoute,
  path: '/',
  component: NoRecipeSelected,
});

const newRecipeRoute = createRoute({
  getParentRoute: () => recipesRoute,
  path: 'recipes/new',
  component: lazyRouteComponent(
    () => import('./features/recipes/recipe-form-pages.tsx'),
    'NewRecipePage',
  ),
});

const recipeRoute = createRoute({
  getParentRoute: () => recipesRoute,
  path: 'recipes/$recipeId',
  component: RecipeDetailPage,
});

const editRecipeRoute = createRoute({
  getParentRoute: () => recipesRoute,
  path: 'recipes/$recipeId/edit',
  component: lazyRouteComponent(
    () => import('./features/recipes/recipe-form-pages.tsx'),
    'EditRecipePage',
  ),
});

const accountRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/account',
  component: lazyRouteComponent(() => import('./features/account/account-page.tsx'), 'AccountPage'),
});

/** A link to read into a preview: pasted here, or shared to the installed app (share_target). */
const importRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/import',
  validateSearch: (
    search: Record<string, unknown>,
  ): { url?: string; text?: string; title?: string } => ({
    url: optionalText(search.url)?.slice(0, MAX_SHARED_LENGTH),
    text: optionalText(search.text)?.slice(0, MAX_SHARED_LENGTH),
    title: optionalText(search.title)?.slice(0, MAX_QUERY_LENGTH),
  }),
  component: lazyRouteComponent(() => import('./features/imports/import-page.tsx'), 'ImportPage'),
});

const bookmarkletRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/import/bookmarklet',
  component: lazyRouteComponent(
    () => import('./features/imports/bookmarklet-page.tsx'),
    'BookmarkletPage',
  ),
});

/** Many links at once; the job in the address keeps its progress across reloads. */
const bulkImportRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/import/links',
  validateSearch: (search: Record<string, unknown>): { job?: string } => ({
    job: optionalText(search.job)?.slice(0, 64),
  }),
  component: lazyRouteComponent(
    () => import('./features/imports/bulk-import-page.tsx'),
    'BulkImportPage',
  ),
});

const usersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/admin/users',
  beforeLoad: ({ context }) => {
    if (context.me.role !== 'admin') throw redirect({ to: '/' });
  },
  component: lazyRouteComponent(() => import('./features/admin/users-page.tsx'), 'UsersPage'),
});

const routeTree = rootRoute.addChildren([
  loginRoute,
  setupRoute,
  appRoute.addChildren([
    recipesRoute.addChildren([searchRoute, newRecipeRoute, recipeRoute, editRecipeRoute]),
    accountRoute,
    importRoute,
    bookmarkletRoute,
    bulkImportRoute,
    usersRoute,
  ]),
]);

export function createAppRouter(context: RouterContext) {
  return createRouter({ routeTree, context, defaultPreload: 'intent', scrollRestoration: true });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
