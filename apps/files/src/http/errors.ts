import { AppError, appErrorCodeFor } from '@saffron/shared';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { asMalformedBody } from './multipart.ts';

/**
 * Errors in the same shape as the request guard's: `{ error: { code, message, fieldErrors? } }`,
 * with the status the code means everywhere. Unexpected failures never leak their message.
 */
export function sendError(
  thrown: FastifyError | Error,
  request: FastifyRequest,
  reply: FastifyReply,
) {
  const error = asMalformedBody(thrown);
  // Refusing an upload midway: close the connection rather than read the rest of it.
  if (!request.raw.complete) reply.header('connection', 'close');
  if (error instanceof AppError) {
    if (error.code === 'SERVICE_UNAVAILABLE') request.log.warn({ err: error.cause }, error.message);
    if (error.retryAfterSeconds !== undefined)
      reply.header('retry-after', String(error.retryAfterSeconds));
    return reply.code(error.httpStatus).send({
      error: {
        code: error.code,
        message: error.message,
        ...(error.fieldErrors ? { fieldErrors: error.fieldErrors } : {}),
      },
    });
  }
  const status = 'statusCode' in error ? error.statusCode : undefined;
  if (status !== undefined && status >= 400 && status < 500) {
    return reply.code(status).send({
      // Fastify's own refusals (a malformed body, too many parts) come with a status only.
      error: { code: appErrorCodeFor(status) ?? 'BAD_REQUEST', message: error.message },
    });
  }
  request.log.error({ err: error }, 'request failed');
  return reply.code(500).send({
    error: { code: 'INTERNAL_SERVER_ERROR', message: 'Something went wrong on our side' },
  });
}
