import cookie from '@fastify/cookie';
import cors from '@fastify/cors';
import multipart from '@fastify/multipart';
import type { AuthServices } from '@saffron/auth';
import { corsOptions, createRequestGuard } from '@saffron/auth/fastify';
import { pingDatabase, type Database, type Kysely, type RecipeCache } from '@saffron/db';
import {
  echoRequestId,
  registerHealthRoutes,
  registerMetrics,
  requestIdOptions,
  type Redis,
} from '@saffron/service';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyServerOptions,
} from 'fastify';
import type { Thumbnailer } from './attachments/thumbnails.ts';
import { authenticateRecipesUser } from './http/auth.ts';
import { sendError } from './http/errors.ts';
import { registerAttachmentRoutes } from './routes/attachments.ts';
import type { Storage } from './storage/storage.ts';

export const FILES_PREFIX = '/files/v1';
/** Files per upload request; each is streamed in turn. */
export const MAX_FILES_PER_REQUEST = 20;

export interface FilesDeps {
  db: Kysely<Database>;
  logger: FastifyBaseLogger;
  auth: AuthServices;
  storage: Storage;
  /** The api's recipe cache: attachments are part of `recipes.byId`. */
  cache: RecipeCache;
  thumbnails: Thumbnailer;
  /** The deletion queue's worker in this process, if it runs here. */
  cleanup?: { nudge: () => void } | undefined;
  redis?: Redis | undefined;
  /** FILES_MAX_BYTES: the largest file accepted. */
  maxBytes: number;
  /** Origins of other apps allowed to call with credentials (CORS and CSRF). */
  allowedOrigins: readonly string[];
  trustProxy: FastifyServerOptions['trustProxy'];
}

/** The files service's HTTP server, without listening: `main.ts` listens, tests too (port 0). */
export async function buildFilesServer(deps: FilesDeps): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: deps.logger,
    trustProxy: deps.trustProxy,
    ...requestIdOptions,
  });
  echoRequestId(app);
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
          allowedContentTypes: ['multipart/form-data'],
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
    },
    { prefix: FILES_PREFIX },
  );
  return app;
}
