import { useTestDb } from '@saffron/db/testing';
import type { FastifyInstance } from 'fastify';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildApiServer } from './server.ts';
import { createAccount, PASSWORD } from './testing/accounts.ts';
import { createTestDeps } from './testing/context.ts';
import {
  allProcedurePaths,
  callProcedure,
  procedureType,
  resultOf,
  sessionCookieFrom,
} from './testing/http.ts';

const PUBLIC_PROCEDURES = ['auth.login', 'auth.setupAdmin', 'auth.signup', 'system.info'];
const DAY = 86_400_000;

describe('authentication over HTTP', () => {
  const t = useTestDb();
  let clock: Date;
  let app: FastifyInstance;

  beforeEach(async () => {
    clock = new Date();
    const deps = createTestDeps(t.db, { authOptions: { now: () => clock } });
    await createAccount(t.db, deps, 'alice');
    app = await buildApiServer(deps);
  });

  async function login(extra: Record<string, unknown> = {}, host = 'localhost:5173') {
    return callProcedure(app, 'auth.login', {
      input: { username: 'alice', password: PASSWORD, ...extra },
      headers: { host, origin: `http://${host}` },
    });
  }

  it('sets an HttpOnly, SameSite=Lax, persistent cookie; Secure with the __Host- prefix outside localhost', async () => {
    const local = (await login()).cookies[0]!;
    expect(local).toMatchObject({
      name: 'saffron_session',
      httpOnly: true,
      sameSite: 'Lax',
      path: '/',
    });
    expect(local.secure).toBeUndefined();
    expect(new Date(local.expires!).getTime() - clock.getTime()).toBeGreaterThan(29 * DAY);
    const hosted = (await login({}, 'recipes.example.com')).cookies[0]!;
    expect(hosted).toMatchObject({
      name: '__Host-saffron_session',
      httpOnly: true,
      secure: true,
      sameSite: 'Lax',
    });
  });

  it('accepts the token as a cookie or as a bearer token', async () => {
    const cookie = sessionCookieFrom(await login());
    const viaCookie = await callProcedure(app, 'auth.me', {
      headers: { cookie: `saffron_session=${cookie}` },
    });
    expect(resultOf(viaCookie)).toMatchObject({ username: 'alice' });
    const { token } = resultOf<{ token: string }>(await login({ returnToken: true }));
    const viaBearer = await callProcedure(app, 'auth.me', {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(resultOf(viaBearer)).toMatchObject({ username: 'alice' });
  });

  it('answers 401 on every protected procedure to missing, forged, truncated and expired tokens', async () => {
    const good = sessionCookieFrom(await login());
    const expired = sessionCookieFrom(await login());
    clock = new Date(clock.getTime() + 14 * DAY + 1000);
    const fresh = sessionCookieFrom(await login()); // created after the jump: still valid
    const badTokens = {
      missing: undefined,
      forged: 'A'.repeat(43),
      truncated: good.slice(0, -1),
      expired,
    };
    const protectedPaths = allProcedurePaths().filter((path) => !PUBLIC_PROCEDURES.includes(path));
    expect(protectedPaths.length).toBeGreaterThanOrEqual(8);
    for (const path of protectedPaths) {
      for (const [kind, token] of Object.entries(badTokens)) {
        const ways: Record<string, string>[] = token
          ? [{ cookie: `saffron_session=${token}` }, { authorization: `Bearer ${token}` }]
          : [{}];
        for (const header of ways) {
          const response = await callProcedure(app, path, { headers: header, input: {} });
          if (procedureType(path) === 'subscription') {
            // Subscriptions answer over Server-Sent Events: the refusal is the stream's only event.
            expect(response.payload, `${path} with a ${kind} token`).toMatch(
              /event: serialized-error\ndata: .*"httpStatus":401/,
            );
            expect(response.payload).not.toMatch(/\nid: /);
          } else {
            expect(response.statusCode, `${path} with a ${kind} token`).toBe(401);
          }
        }
      }
    }
    const ok = await callProcedure(app, 'auth.me', {
      headers: { cookie: `saffron_session=${fresh}` },
    });
    expect(ok.statusCode).toBe(200);
  });

  it('refuses cross-site requests and changes nothing (CSRF)', async () => {
    const token = sessionCookieFrom(await login());
    const cookie = `saffron_session=${token}`;
    const formPost = await app.inject({
      method: 'POST',
      url: '/api/v1/auth.logout',
      payload: 'x=1',
      headers: {
        cookie,
        host: 'localhost:5173',
        origin: 'http://localhost:5173',
        'content-type': 'application/x-www-form-urlencoded',
      },
    });
    expect(formPost.statusCode).toBe(415);
    const foreign = await callProcedure(app, 'auth.logout', {
      headers: { cookie, origin: 'https://evil.example' },
    });
    expect(foreign.statusCode).toBe(403);
    const viaGet = await app.inject({
      method: 'GET',
      url: '/api/v1/auth.logout',
      headers: { cookie, host: 'localhost:5173' },
    });
    expect(viaGet.statusCode).toBe(405);
    const still = await callProcedure(app, 'auth.me', { headers: { cookie } });
    expect(still.statusCode).toBe(200);
    expect(procedureType('auth.logout')).toBe('mutation');
  });

  it('answers 429 with Retry-After to brute force from many IPs, lets the owner in from a fresh IP, and bounds argon2 work', async () => {
    const deps = createTestDeps(t.db, { trustProxy: true });
    await createAccount(t.db, deps, 'bob');
    const server = await buildApiServer(deps);
    const attempt = (ip: string, password: string) =>
      callProcedure(server, 'auth.login', {
        input: { username: 'bob', password },
        headers: { 'x-forwarded-for': ip },
      });
    const statuses: number[] = [];
    for (let i = 0; i < 200; i++)
      statuses.push((await attempt(`198.51.100.${i % 20}`, `guess-${i}`)).statusCode);
    const limited = statuses.filter((status) => status === 429).length;
    expect(limited).toBeGreaterThan(150);
    expect(statuses.filter((status) => status === 401).length).toBeLessThanOrEqual(40);
    const blocked = await attempt('198.51.100.1', 'another guess');
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    // Only attempts that passed the limiter cost an argon2 verification.
    expect(deps.auth.passwords.verifications).toBe(
      statuses.filter((status) => status === 401).length,
    );
    expect((await attempt('203.0.113.50', PASSWORD)).statusCode).toBe(200);
  });
});
