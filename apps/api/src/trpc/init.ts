/**
 * 1. INITIALIZATION: context type, transformer and the error shape clients rely on.
 * 2. MIDDLEWARE: metrics, domain errors, authentication, roles and app access.
 * 3. PROCEDURES: the building blocks routers use.
 * The context itself lives in ./context.ts.
 */
import { authenticate, requireApp } from '@saffron/auth';
import { transformer, type TAppName } from '@saffron/shared';
import { TRPCError, initTRPC } from '@trpc/server';
import type { Context } from './context.ts';
import { appErrorToTRPC, formatError } from './errors.ts';

// 1. INITIALIZATION
const t = initTRPC.context<Context>().create({
  transformer,
  errorFormatter: formatError,
  // Subscriptions: a ping keeps proxies from closing quiet streams, and clients reconnect when pings stop.
  sse: {
    ping: { enabled: true, intervalMs: 15_000 },
    client: { reconnectAfterInactivityMs: 40_000 },
  },
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

// 2. MIDDLEWARE
/** Calls and latency per procedure; each call of a batch is measured on its own. */
const measured = t.middleware(async ({ ctx, path, type, next }) => {
  const finish = ctx.procedureMetrics?.start(path, type);
  const result = await next();
  finish?.(result.ok ? 'OK' : result.error.code);
  return result;
});

/** Domain errors thrown anywhere below become the tRPC error with the same code. */
const appErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) throw appErrorToTRPC(result.error);
  return result;
});

/** A live session of an enabled user, checked on every call; anything else is 401. */
const isAuthed = t.middleware(async ({ ctx, next }) => {
  const { sessionToken, authenticateOnce } = ctx.request;
  const authenticated = await (authenticateOnce?.() ??
    authenticate({ sessions: ctx.auth.sessions, db: ctx.db }, sessionToken));
  if (!authenticated) {
    if (sessionToken) ctx.request.clearSessionCookie();
    throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Please sign in' });
  }
  return next({ ctx: { user: authenticated.user, session: authenticated.session } });
});

// 3. PROCEDURES
export const publicProcedure = t.procedure.use(measured).use(appErrors);

export const protectedProcedure = publicProcedure.use(isAuthed);

export const adminProcedure = protectedProcedure.use(({ ctx, next }) => {
  if (ctx.user.role !== 'admin') {
    throw new TRPCError({ code: 'FORBIDDEN', message: 'Only administrators can do this' });
  }
  return next();
});

/** Each app (recipes, grocery) is granted per user. */
export function appProcedure(app: TAppName) {
  return protectedProcedure.use(({ ctx, next }) => {
    requireApp(ctx.user, app);
    return next();
  });
}
