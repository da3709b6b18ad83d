import { pingDatabase, type Database, type Kysely } from '@saffron/db';
import {
  echoRequestId,
  registerHealthRoutes,
  registerMetrics,
  requestIdOptions,
} from '@saffron/service';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';

export const FILES_PREFIX = '/files/v1';

export interface FilesDeps {
  db: Kysely<Database>;
  logger: FastifyBaseLogger;
}

/** The files service's HTTP server, without listening. Attachment routes come with the files issue. */
export function buildFilesServer(deps: FilesDeps): FastifyInstance {
  const app = Fastify({
    loggerInstance: deps.logger,
    ...requestIdOptions,
  });
  echoRequestId(app);
  // Attachment routes register after this, so they are measured per route template too.
  registerMetrics(app, 'files');
  registerHealthRoutes(app, { database: () => pingDatabase(deps.db) });
  return app;
}
