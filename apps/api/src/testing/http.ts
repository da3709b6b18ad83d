import { trpcBody, trpcData } from '@saffron/service/testing';
import { API_PREFIX } from '@saffron/shared';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { appRouter } from '../routers/index.ts';

export const BROWSER_ORIGIN = 'http://localhost:5173';

export interface CallOptions {
  input?: unknown;
  headers?: Record<string, string>;
  remoteAddress?: string;
}

/** Calls a procedure over HTTP the way the tRPC client does (GET for queries, JSON POST for mutations). */
export function callProcedure(
  app: FastifyInstance,
  path: string,
  { input, headers = {}, remoteAddress }: CallOptions = {},
): Promise<LightMyRequestResponse> {
  const serialized = trpcBody(input);
  if (procedureType(path) !== 'mutation') {
    const url = `${API_PREFIX}/${path}?input=${encodeURIComponent(serialized)}`;
    return app.inject({
      method: 'GET',
      url,
      headers: { host: 'localhost:5173', ...headers },
      remoteAddress,
    });
  }
  return app.inject({
    method: 'POST',
    url: `${API_PREFIX}/${path}`,
    payload: serialized,
    remoteAddress,
    headers: {
      host: 'localhost:5173',
      origin: BROWSER_ORIGIN,
      'content-type': 'application/json',
      ...headers,
    },
  });
}

export function resultOf<T>(response: LightMyRequestResponse): T {
  return trpcData<T>(response.json());
}

type ProcedureRecord = Record<string, { _def: { type: 'query' | 'mutation' | 'subscription' } }>;

export function procedureType(path: string): 'query' | 'mutation' | 'subscription' {
  const procedure = (appRouter._def.procedures as unknown as ProcedureRecord)[path];
  if (!procedure) throw new Error(`no procedure ${path}`);
  return procedure._def.type;
}

/** Every procedure path in the router, so access rules are checked on ones added later too. */
export function allProcedurePaths(): string[] {
  return Object.keys(appRouter._def.procedures as unknown as ProcedureRecord).sort();
}

/** The session token from a Set-Cookie header, as the browser would store it. */
export function sessionCookieFrom(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((each) => each.name.endsWith('saffron_session'));
  if (!cookie) throw new Error('no session cookie set');
  return cookie.value;
}
