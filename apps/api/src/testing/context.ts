import {
  createAuthServices,
  createMemoryCounterStore,
  OWASP_ARGON2ID,
  UserLimiter,
  type AuthServicesOptions,
} from '@saffron/auth';
import { createSafeFetcher } from '@saffron/service';
import { noRecipeCache, type Database, type Kysely, type User } from '@saffron/db';
import { pino } from 'pino';
import { createLocalGroceryEvents } from '../grocery/events.ts';
import { appRouter } from '../routers/index.ts';
import { createPostgresEngine } from '../search/postgres-engine.ts';
import { createRecipeSearch } from '../search/recipe-search.ts';
import { createContextInner, type AuthedContext, type RequestContext } from '../trpc/context.ts';
import { createCallerFactory } from '../trpc/init.ts';
import { IMPORT_JOB_LIMIT, IMPORT_LIMIT, type ApiConfig, type ApiDeps } from '../deps.ts';

export const silentLogger = pino({ level: 'silent' });

/** argon2id as in production but cheap, so tests stay fast (the parameters are tested in @saffron/auth). */
export const FAST_ARGON2 = { ...OWASP_ARGON2ID, memoryCost: 1024, timeCost: 1 };

/** As in production, sign-up off. */
export const TEST_CONFIG: ApiConfig = {
  allowSignup: false,
  cookieSecurity: 'auto',
  sseMaxDurationMs: 60 * 60_000,
  requireSetupToken: false,
};

export function createTestDeps(
  db: Kysely<Database>,
  overrides: Partial<ApiDeps> & { authOptions?: Partial<AuthServicesOptions> } = {},
): ApiDeps {
  const { authOptions, ...rest } = overrides;
  return {
    db,
    databaseMode: 'postgres',
    logger: silentLogger,
    auth: createAuthServices({ db, passwords: { argon2: FAST_ARGON2 }, ...authOptions }),
    recipes: {
      cache: noRecipeCache,
      search: createRecipeSearch(createPostgresEngine(db), undefined, silentLogger),
      outbox: false,
    },
    grocery: { events: createLocalGroceryEvents() },
    // Tests serve pages on loopback; they allow their own servers' hosts explicitly.
    imports: {
      fetcher: createSafeFetcher({ allowedHosts: [], maxBytes: 5 * 1024 * 1024, timeoutMs: 5_000 }),
      limiter: new UserLimiter(createMemoryCounterStore(), IMPORT_LIMIT),
      jobLimiter: new UserLimiter(createMemoryCounterStore(), IMPORT_JOB_LIMIT),
      queued: () => {},
    },
    config: TEST_CONFIG,
    allowedOrigins: [],
    trustProxy: false,
    ...rest,
  };
}

/** Records what a procedure did to the session cookie, as a browser would keep it. */
export function fakeBrowser(ip = '192.0.2.10', acceptLanguage: string | null = null) {
  const jar: { token?: string | undefined } = {};
  const request = (): RequestContext => ({
    sessionToken: jar.token,
    ip,
    origin: 'http://saffron.test',
    userAgent: 'vitest',
    acceptLanguage,
    setSessionCookie: (token) => (jar.token = token),
    clearSessionCookie: () => (jar.token = undefined),
  });
  return { jar, request };
}

/** A caller for router tests: the real router and context, no HTTP; `signal` ends its subscriptions. */
export function createTestCaller(deps: ApiDeps, request?: RequestContext, signal?: AbortSignal) {
  return createCallerFactory(appRouter)(createContextInner(deps, request), { signal });
}

/** A signed-in context, with a real session of `user`, for calling services directly. */
export async function signedInContext(deps: ApiDeps, user: User): Promise<AuthedContext> {
  const { session } = await deps.auth.sessions.create(user.id, { userAgent: 'vitest', ip: null });
  return { ...createContextInner(deps), user, session };
}
