import type { FastifyReply, FastifyRequest } from 'fastify';
import { hasSessionCookie } from './session-cookie.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface RequestGuardOptions {
  /** Origins of other apps allowed to call (the grocery app on its own origin, say). */
  allowedOrigins: readonly string[];
  /** Body types a state-changing request may carry: JSON, or multipart for uploads. */
  allowedContentTypes: readonly string[];
  /** PUBLIC_URL's origin: the page's own origin. Left out (development), the request's own. */
  publicOrigin?: string | undefined;
}

/** Scheme, host and port the request came to, as the browser would write its Origin. */
function requestOrigin(request: FastifyRequest): string | undefined {
  try {
    return new URL(`${request.protocol}://${request.host}`).origin;
  } catch {
    return undefined;
  }
}

/**
 * The same origin means the same scheme, host and port: `https://recipes.example` is not
 * `http://recipes.example`. Compared with the configured public origin when there is one, as
 * the Host and X-Forwarded-* headers say only what the client (or its proxy) chose to send.
 */
export function isAllowedOrigin(
  origin: string,
  ownOrigin: string | undefined,
  allowedOrigins: readonly string[],
): boolean {
  return allowedOrigins.includes(origin) || (ownOrigin !== undefined && origin === ownOrigin);
}

/**
 * A DELETE names its target in the URL and carries no body, so there is no body type to
 * check; the origin check below still applies. Any body at all must have an allowed type.
 */
function isBodilessDelete(request: FastifyRequest): boolean {
  const { headers } = request;
  return (
    request.method === 'DELETE' &&
    headers['content-type'] === undefined &&
    headers['transfer-encoding'] === undefined &&
    (headers['content-length'] === undefined || headers['content-length'] === '0')
  );
}

/**
 * CSRF defence for cookie sessions: a state-changing request must carry a body type no
 * HTML form can send, and, when it comes from a browser (Origin header, or our cookie),
 * an origin we trust. Bearer-token clients send neither cookie nor Origin and pass.
 */
export function createRequestGuard(options: RequestGuardOptions) {
  return async function requestGuard(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    if (SAFE_METHODS.has(request.method)) return;
    const contentType = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (!isBodilessDelete(request) && !options.allowedContentTypes.includes(contentType)) {
      return reply.code(415).send({
        error: {
          code: 'UNSUPPORTED_MEDIA_TYPE',
          message: `Send ${options.allowedContentTypes.join(' or ')}`,
        },
      });
    }
    const origin = request.headers.origin;
    const trusted = origin
      ? isAllowedOrigin(
          origin,
          options.publicOrigin ?? requestOrigin(request),
          options.allowedOrigins,
        )
      : !hasSessionCookie(request);
    if (!trusted) {
      return reply.code(403).send({
        error: { code: 'FORBIDDEN', message: 'This request did not come from an allowed origin' },
      });
    }
  };
}

/** CORS for the allowlist only; credentials never go with a wildcard. */
export function corsOptions(allowedOrigins: readonly string[]) {
  return {
    origin: (origin: string | undefined, callback: (error: Error | null, allow: boolean) => void) =>
      callback(null, origin !== undefined && allowedOrigins.includes(origin)),
    credentials: true,
    methods: ['GET', 'POST', 'DELETE'],
    maxAge: 600,
  };
}
