import cookie from '@fastify/cookie';
import cors from '@fastify/cors';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { corsOptions, createRequestGuard } from './request-guard.ts';

async function appWithGuard(publicOrigin?: string) {
  const app = Fastify();
  await app.register(cookie);
  await app.register(cors, corsOptions(['https://grocery.example']));
  const changes: string[] = [];
  app.addHook(
    'onRequest',
    createRequestGuard({
      allowedOrigins: ['https://grocery.example'],
      allowedContentTypes: ['application/json'],
      publicOrigin,
    }),
  );
  app.post('/change', (request) => {
    changes.push(JSON.stringify(request.body));
    return { ok: true };
  });
  app.delete('/thing', () => {
    changes.push('deleted');
    return { ok: true };
  });
  app.get('/read', () => ({ ok: true }));
  return { app, changes };
}

const json = { 'content-type': 'application/json' };

describe('request guard (CSRF)', () => {
  it('refuses a form-encoded POST and changes nothing', async () => {
    const { app, changes } = await appWithGuard();
    const response = await app.inject({
      method: 'POST',
      url: '/change',
      payload: 'a=1',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: 'https://recipes.example',
        host: 'recipes.example',
      },
    });
    expect(response.statusCode).toBe(415);
    expect(changes).toEqual([]);
  });

  it('refuses a POST from a foreign origin, and a cookie-carrying POST with no origin', async () => {
    const { app, changes } = await appWithGuard();
    const foreign = await app.inject({
      method: 'POST',
      url: '/change',
      payload: '{}',
      headers: { ...json, origin: 'https://evil.example', host: 'recipes.example' },
    });
    expect(foreign.statusCode).toBe(403);
    const noOrigin = await app.inject({
      method: 'POST',
      url: '/change',
      payload: '{}',
      headers: { ...json, cookie: 'saffron_session=abc' },
    });
    expect(noOrigin.statusCode).toBe(403);
    expect(changes).toEqual([]);
  });

  it('accepts same-origin and allowlisted origins, and bearer clients with no origin', async () => {
    const { app, changes } = await appWithGuard();
    const same = await app.inject({
      method: 'POST',
      url: '/change',
      payload: '{"n":1}',
      headers: { ...json, origin: 'http://recipes.example', host: 'recipes.example' },
    });
    const listed = await app.inject({
      method: 'POST',
      url: '/change',
      payload: '{"n":2}',
      headers: { ...json, origin: 'https://grocery.example', host: 'recipes.example' },
    });
    const bearer = await app.inject({
      method: 'POST',
      url: '/change',
      payload: '{"n":3}',
      headers: { ...json, authorization: 'Bearer x' },
    });
    expect([same.statusCode, listed.statusCode, bearer.statusCode]).toEqual([200, 200, 200]);
    expect(changes).toHaveLength(3);
  });
});

describe('request guard: the same origin is the same scheme, host and port', () => {
  const post = async (headers: Record<string, string>, publicOrigin?: string) => {
    const { app } = await appWithGuard(publicOrigin);
    const response = await app.inject({ method: 'POST', url: '/change', payload: '{}', headers });
    return response.statusCode;
  };

  it('refuses an Origin of another scheme or port than the request', async () => {
    expect(
      await post({ ...json, origin: 'https://recipes.example', host: 'recipes.example' }),
    ).toBe(403);
    expect(
      await post({ ...json, origin: 'http://recipes.example:8080', host: 'recipes.example' }),
    ).toBe(403);
  });

  it('with a public origin, compares with it and not with what the Host header claims', async () => {
    const publicOrigin = 'https://recipes.example';
    expect(
      await post({ ...json, origin: publicOrigin, host: 'recipes.example' }, publicOrigin),
    ).toBe(200);
    expect(
      await post({ ...json, origin: 'http://evil.example', host: 'evil.example' }, publicOrigin),
    ).toBe(403);
    expect(
      await post(
        { ...json, origin: 'http://recipes.example', host: 'recipes.example' },
        publicOrigin,
      ),
    ).toBe(403);
  });
});

describe('request guard on a body-less DELETE', () => {
  const remove = (headers: Record<string, string>, payload?: string) =>
    appWithGuard().then(async ({ app, changes }) => ({
      status: (await app.inject({ method: 'DELETE', url: '/thing', headers, payload })).statusCode,
      changes,
    }));

  it('needs no body type, but still an allowed origin', async () => {
    const sameOrigin = { origin: 'http://recipes.example', host: 'recipes.example' };
    expect(await remove(sameOrigin)).toEqual({ status: 200, changes: ['deleted'] });
    expect(await remove({ ...sameOrigin, 'content-length': '0' })).toMatchObject({ status: 200 });
    expect(await remove({ authorization: 'Bearer x' })).toMatchObject({ status: 200 });
    expect(await remove({ origin: 'https://evil.example', host: 'recipes.example' })).toEqual({
      status: 403,
      changes: [],
    });
    expect(await remove({ cookie: 'saffron_session=abc' })).toEqual({ status: 403, changes: [] });
  });

  it('checks the type of any body a DELETE does carry', async () => {
    const sameOrigin = { origin: 'http://recipes.example', host: 'recipes.example' };
    expect(await remove({ ...sameOrigin, 'content-type': 'text/plain' }, 'a=1')).toEqual({
      status: 415,
      changes: [],
    });
    expect(await remove(sameOrigin, 'a=1')).toEqual({ status: 415, changes: [] });
  });
});

describe('CORS', () => {
  it('answers only allowlisted origins, with credentials and never a wildcard', async () => {
    const { app } = await appWithGuard();
    const allowed = await app.inject({
      method: 'GET',
      url: '/read',
      headers: { origin: 'https://grocery.example' },
    });
    expect(allowed.headers['access-control-allow-origin']).toBe('https://grocery.example');
    expect(allowed.headers['access-control-allow-credentials']).toBe('true');
    const denied = await app.inject({
      method: 'OPTIONS',
      url: '/change',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(denied.headers['access-control-allow-origin']).toBeUndefined();
  });
});
