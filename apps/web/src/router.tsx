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
