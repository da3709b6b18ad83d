import cookie from '@fastify/cookie';
import cors from '@fastify/cors';
import multipart from '@fastify/multipart';
import { corsOptions, createHostGuard, createRequestGuard } from '@saffron/auth/fastify';
import { pingDatabase } from '@saffron/db';
import {
  echoRequestId,
  registerHealthRoutes,
  registerMetrics,
  requestIdOptions,
} from '@saffron/service';
import { FILES_PREFIX } from '@saffron/shared';
import Fastify, { type FastifyInstance } from 'fastify';
import type { FilesDeps } from './deps.ts';
import { authenticateRecipesUser } from './http/auth.ts';
import { sendError } from './http/errors.ts';
import { registerAttachmentRoutes } from './routes/attachments.ts';
import { registerImportRoutes } from './routes/imports.ts';

/** Files per upload request; each is streamed in turn. */
export const MAX_FILES_PER_REQUEST = 20;

/** The files service's HTTP server, without listening: `main.ts` listens, tests too (port 0). */
export async function buildFilesServer(deps: FilesDeps): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: deps.logger,
    trustProxy: deps.trustProxy,
    ...requestIdOptions,
  });
  echoRequestId(app);
  app.addHook('onRequest', createHostGuard(deps.publicOrigin));
  // Attachment routes register after this, so they are measured per route template too.
  registerMetrics(app, 'files');
  app.setErrorHandler(sendError);
  await app.register(cookie);
  await app.register(cors, corsOptions(deps.allowedOrigins));

  const { redis } = deps;
  registerHealthRoutes(app, {
    database: () => pingDatabase(deps.db),
    storage: () => deps.storage.check(),
    ...(redis ? { redis: () => redis.ping() } : {}),
  });

  app.decorateRequest('user', null);
  await app.register(
    async (files) => {
      files.addHook(
        'onRequest',
        createRequestGuard({
          allowedOrigins: deps.allowedOrigins,
          // JSON only for a photo's link; everything else is an upload.
          allowedContentTypes: ['multipart/form-data', 'application/json'],
          publicOrigin: deps.publicOrigin,
        }),
      );
      // Before the body is parsed: a refused upload is never read.
      files.addHook('onRequest', authenticateRecipesUser(deps));
      await files.register(multipart, {
        limits: {
          fileSize: deps.maxBytes,
          files: MAX_FILES_PER_REQUEST,
          fields: 20,
          fieldSize: 1024,
          parts: MAX_FILES_PER_REQUEST + 20,
          headerPairs: 100,
        },
      });
      registerAttachmentRoutes(files, deps);
      registerImportRoutes(files, deps);
    },
    { prefix: FILES_PREFIX },
  );
  return app;
}
