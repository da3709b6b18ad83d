import { authenticate, requireApp, type AuthServices } from '@saffron/auth';
import { readSessionToken, type CookieSecurity } from '@saffron/auth/fastify';
import type { Database, Kysely, User } from '@saffron/db';
import { AppError } from '@saffron/shared';
import type { FastifyRequest } from 'fastify';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the authentication hook on every files route. */
    user: User | null;
  }
}

/**
 * The same sessions as the api (cookie or bearer token, same store), checked before any of
 * the body is read. Attachments belong to the recipes app, so its access is required too.
 */
export function authenticateRecipesUser(deps: {
  auth: AuthServices;
  db: Kysely<Database>;
  cookieSecurity: CookieSecurity;
}) {
  return async function requireRecipesUser(request: FastifyRequest): Promise<void> {
    const authenticated = await authenticate(
      { sessions: deps.auth.sessions, db: deps.db },
      readSessionToken(request, deps.cookieSecurity),
    );
    if (!authenticated) throw new AppError('UNAUTHORIZED', 'Please sign in');
    requireApp(authenticated.user, 'recipes');
    request.user = authenticated.user;
  };
}

/** The signed-in user of a request that went through the hook above. */
export function userOf(request: FastifyRequest): User {
  if (!request.user) throw new AppError('UNAUTHORIZED', 'Please sign in');
  return request.user;
}
