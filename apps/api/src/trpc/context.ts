import { authenticate, type Authenticated } from '@saffron/auth';
import { clearSessionCookie, readSessionToken, setSessionCookie } from '@saffron/auth/fastify';
import type { CreateFastifyContextOptions } from '@trpc/server/adapters/fastify';
import { requestOrigin } from '../calendar/feed-route.ts';
import type { ContextDeps } from '../deps.ts';

/** What procedures may know of the request, without depending on the HTTP framework. */
export interface RequestContext {
  sessionToken: string | undefined;
  ip: string;
  /** Where the request was made to ("https://saffron.example"): for addresses handed out. */
  origin: string;
  userAgent: string | null;
  /** The browser's languages, for the ingredient parser when the account names none. */
  acceptLanguage: string | null;
  setSessionCookie: (token: string, expiresAt: Date) => void;
  clearSessionCookie: () => void;
  /** Over HTTP: one request authenticates once, however many batched calls it carries. */
  authenticateOnce?: () => Promise<Authenticated | undefined>;
}

export const NO_REQUEST: RequestContext = {
  sessionToken: undefined,
  ip: '127.0.0.1',
  origin: 'http://localhost',
  userAgent: null,
  acceptLanguage: null,
  setSessionCookie: () => {},
  clearSessionCookie: () => {},
};

/** Needs no HTTP request: tests and scripts build a context directly. */
export function createContextInner(deps: ContextDeps, request: RequestContext = NO_REQUEST) {
  return { ...deps, request };
}

export type Context = ReturnType<typeof createContextInner>;

/** The context behind `isAuthed`: the caller's user and session come with it. */
export type AuthedContext = Context & Authenticated;

export function contextFactory(deps: ContextDeps) {
  return ({ req, res }: CreateFastifyContextOptions): Context => {
    const sessionToken = readSessionToken(req, deps.config.cookieSecurity);
    let authentication: Promise<Authenticated | undefined> | undefined;
    return createContextInner(
      { ...deps, logger: req.log },
      {
        sessionToken,
        authenticateOnce: () =>
          (authentication ??= authenticate(
            { sessions: deps.auth.sessions, db: deps.db },
            sessionToken,
          )),
        ip: req.ip,
        origin: requestOrigin(req, deps.publicOrigin),
        userAgent: req.headers['user-agent'] ?? null,
        acceptLanguage: req.headers['accept-language'] ?? null,
        setSessionCookie: (token, expiresAt) =>
          setSessionCookie(req, res, token, expiresAt, deps.config.cookieSecurity),
        clearSessionCookie: () => clearSessionCookie(res),
      },
    );
  };
}
