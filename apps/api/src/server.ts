import { randomUUID } from 'node:crypto';
import { pingDatabase } from '@saffron/db';
import { registerHealthRoutes } from '@saffron/service';
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from '@trpc/server/adapters/fastify';
import Fastify, { type FastifyInstance } from 'fastify';
import { appRouter, type AppRouter } from './routers/index.ts';
import { contextFactory, type ContextDeps } from './trpc/init.ts';

export const API_PREFIX = '/api/v1';

/** The api's HTTP server, without listening: `main.ts` listens, tests use `inject`. */
export async function buildApiServer(deps: ContextDeps): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: deps.logger,
    // Batched calls put every procedure name in the path ("system.info,recipes.byId,...").
    routerOptions: { maxParamLength: 5_000 },
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
  });

  registerHealthRoutes(app, { database: () => pingDatabase(deps.db) });

  await app.register(fastifyTRPCPlugin, {
    prefix: API_PREFIX,
    trpcOptions: {
      router: appRouter,
      createContext: contextFactory(deps),
      onError: ({ error, path, req }) => {
        if (error.code === 'INTERNAL_SERVER_ERROR')
          req.log.error({ err: error, path }, 'procedure failed');
      },
    },
  } satisfies FastifyTRPCPluginOptions<AppRouter>);

  return app;
}
