import cookie from '@fastify/cookie';
import cors from '@fastify/cors';
import { corsOptions, createHostGuard, createRequestGuard } from '@saffron/auth/fastify';
import { pingDatabase } from '@saffron/db';
import {
  echoRequestId,
  registerHealthRoutes,
  registerMetrics,
  requestIdOptions,
} from '@saffron/service';
import { API_PREFIX, AppError, MAX_BATCH_SIZE } from '@saffron/shared';
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from '@trpc/server/adapters/fastify';
import Fastify, { type FastifyInstance } from 'fastify';
import { registerCalendarFeed } from './calendar/feed-route.ts';
import { appRouter, type AppRouter } from './routers/index.ts';
import type { ApiDeps } from './deps.ts';
import { contextFactory } from './trpc/context.ts';

/** A rate-limited answer tells the client when to come back. */
function retryAfter(errors: { cause?: unknown }[]): Record<string, string> {
  const seconds = errors
    .map((error) => (error.cause instanceof AppError ? error.cause.retryAfterSeconds : undefined))
    .filter((value) => value !== undefined);
  return seconds.length > 0 ? { 'retry-after': String(Math.max(...seconds)) } : {};
}

/** The api's HTTP server, without listening: `main.ts` listens, tests use `inject`. */
export async function buildApiServer(deps: ApiDeps): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: deps.logger,
    // Batched calls put every procedure name in the path ("system.info,recipes.byId,...").
    routerOptions: { maxParamLength: 5_000 },
    // imports.fromHtml carries a page of up to 10 MB, which JSON escaping can make larger.
    bodyLimit: 24 * 1024 * 1024,
    trustProxy: deps.trustProxy,
    ...requestIdOptions,
  });
  echoRequestId(app);
  app.addHook('onRequest', createHostGuard(deps.publicOrigin));
  const metrics = registerMetrics(app, 'api');
  await app.register(cookie);
  await app.register(cors, corsOptions(deps.allowedOrigins));

  const { redis } = deps;
  registerCalendarFeed(app, deps);
  registerHealthRoutes(app, {
    database: () => pingDatabase(deps.db),
    ...(redis ? { redis: () => redis.ping() } : {}),
  });

  await app.register(async (api) => {
    api.addHook(
      'onRequest',
      createRequestGuard({
        allowedOrigins: deps.allowedOrigins,
        allowedContentTypes: ['application/json'],
        publicOrigin: deps.publicOrigin,
      }),
    );
    await api.register(fastifyTRPCPlugin, {
      prefix: API_PREFIX,
      trpcOptions: {
        router: appRouter,
        // One request, at most this many calls (a bigger batch is 400): no request multiplies work.
        maxBatchSize: MAX_BATCH_SIZE,
        createContext: contextFactory({ ...deps, procedureMetrics: metrics.procedures }),
        responseMeta: ({ errors }) => ({ headers: retryAfter(errors) }),
        onError: ({ error, path, req }) => {
          if (error.code === 'INTERNAL_SERVER_ERROR')
            req.log.error({ err: error, path }, 'procedure failed');
        },
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>);
  });

  return app;
}
