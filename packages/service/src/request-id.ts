import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance } from 'fastify';

export const REQUEST_ID_HEADER = 'x-request-id';

/** A short, plain id from the proxy or a client is kept; anything else could forge log fields. */
const ACCEPTABLE_ID = /^[\w.:-]{1,128}$/;

/** The id of a request: the one nginx (or the caller) sent in X-Request-ID, else a new UUID. */
export function requestIdOf(request: Pick<IncomingMessage, 'headers'>): string {
  const given = request.headers[REQUEST_ID_HEADER];
  return typeof given === 'string' && ACCEPTABLE_ID.test(given) ? given : randomUUID();
}

/** Fastify server options: Fastify logs every line of a request with this id as `reqId`. */
export const requestIdOptions = {
  requestIdHeader: false,
  genReqId: requestIdOf,
} as const;

/** Every answer names its id, so a report from a user or a client log leads to our log lines. */
export function echoRequestId(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    void reply.header(REQUEST_ID_HEADER, request.id);
  });
}
