import '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Over HTTPS the `__Host-` prefix makes the browser refuse the cookie unless it is Secure,
 * host-only and for path "/"; on http://localhost (development) it cannot be Secure.
 */
const SECURE_COOKIE = '__Host-saffron_session';
const LOCAL_COOKIE = 'saffron_session';

export type CookieSecurity = 'auto' | 'always' | 'never';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

function isSecure(request: FastifyRequest, security: CookieSecurity): boolean {
  if (security !== 'auto') return security === 'always';
  return !LOCAL_HOSTS.has(request.hostname) || request.protocol === 'https';
}

/**
 * A bearer token (scripts, other apps) wins over the cookie (browsers). Only the cookie this
 * request would be given is read: where the `__Host-` one is set, an unprefixed one could have
 * been planted by a sibling subdomain or a plain-http page, which the prefix exists to refuse.
 */
export function readSessionToken(
  request: FastifyRequest,
  security: CookieSecurity,
): string | undefined {
  const authorization = request.headers.authorization;
  if (authorization?.startsWith('Bearer ')) return authorization.slice('Bearer '.length).trim();
  return request.cookies[isSecure(request, security) ? SECURE_COOKIE : LOCAL_COOKIE];
}

export function hasSessionCookie(request: FastifyRequest): boolean {
  return SECURE_COOKIE in request.cookies || LOCAL_COOKIE in request.cookies;
}

export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
  expiresAt: Date,
  security: CookieSecurity,
): void {
  const secure = isSecure(request, security);
  reply.setCookie(secure ? SECURE_COOKIE : LOCAL_COOKIE, token, {
    httpOnly: true,
    secure,
    sameSite: 'lax',
    path: '/',
    // Persistent, so the installed app stays signed in across restarts; the server enforces expiry.
    expires: expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SECURE_COOKIE, { path: '/', secure: true, httpOnly: true, sameSite: 'lax' });
  reply.clearCookie(LOCAL_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax' });
}
