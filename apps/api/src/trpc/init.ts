/**
 * 1. CONTEXT: what every procedure receives. `createContextInner` needs no request, so tests
 *    and scripts build a context directly; the Fastify adapter wraps it per request.
 * 2. INITIALIZATION: transformer and the error shape clients rely on.
 * 3. PROCEDURES: the building blocks routers use.
 */
import type { DatabaseMode, Kysely, Database } from '@saffron/db';
import { transformer } from '@saffron/shared';
import { initTRPC } from '@trpc/server';
import type { CreateFastifyContextOptions } from '@trpc/server/adapters/fastify';
import type { FastifyBaseLogger } from 'fastify';
import { appErrorToTRPC, formatError } from './errors.ts';

// 1. CONTEXT
export interface ContextDeps {
  db: Kysely<Database>;
  databaseMode: DatabaseMode;
  logger: FastifyBaseLogger;
}

export function createContextInner(deps: ContextDeps) {
  return { ...deps };
}

export type Context = ReturnType<typeof createContextInner>;

export function contextFactory(deps: ContextDeps) {
  return ({ req }: CreateFastifyContextOptions): Context =>
    createContextInner({ ...deps, logger: req.log });
}

// 2. INITIALIZATION
const t = initTRPC.context<Context>().create({ transformer, errorFormatter: formatError });

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

// 3. PROCEDURES
/** Domain errors thrown anywhere below become the tRPC error with the same code. */
const appErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) throw appErrorToTRPC(result.error);
  return result;
});

export const publicProcedure = t.procedure.use(appErrors);
