import { describe, expect, it } from 'vitest';
import { createSaffronClient } from './client.ts';
import { httpStatusOf, isUnreachable, signInFailureMessage } from './errors.ts';

const answering = (response: () => Response | Promise<Response>) =>
  createSaffronClient({ baseUrl: 'http://saffron.test', fetch: () => Promise.resolve(response()) });

async function failureOf(client: ReturnType<typeof answering>): Promise<unknown> {
  return client.auth.logout.mutate().then(
    () => {
      throw new Error('expected the call to fail');
    },
    (error: unknown) => error,
  );
}

describe('telling "Saffron said no" from "Saffron could not be reached"', () => {
  it('counts a failed connection and a proxy error page as unreachable', async () => {
    const noConnection = createSaffronClient({
      baseUrl: 'http://saffron.test',
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
    });
    expect(isUnreachable(await failureOf(noConnection))).toBe(true);
    const proxyPage = answering(() => new Response('<h1>502 Bad Gateway</h1>', { status: 502 }));
    expect(isUnreachable(await failureOf(proxyPage))).toBe(true);
  });

  it("does not count Saffron's own refusals", async () => {
    const refusal = answering(
      () =>
        new Response(
          JSON.stringify([
            {
              error: {
                json: {
                  message: 'Sign in first',
                  code: -32001,
                  data: { code: 'UNAUTHORIZED', httpStatus: 401 },
                },
              },
            },
          ]),
          { status: 401, headers: { 'content-type': 'application/json' } },
        ),
    );
    const error = await failureOf(refusal);
    expect(httpStatusOf(error)).toBe(401);
    expect(isUnreachable(error)).toBe(false);
    expect(isUnreachable(new Error('not from the client'))).toBe(false);
  });
});

describe('telling someone why signing in failed', () => {
  const refusal = (httpStatus: number, message = 'No', extra: object = {}) =>
    failureOf(
      answering(
        () =>
          new Response(
            JSON.stringify([
              { error: { json: { message, code: -32001, data: { httpStatus, ...extra } } } },
            ]),
            { status: httpStatus, headers: { 'content-type': 'application/json' } },
          ),
      ),
    );

  it('explains each refusal, in whole minutes to wait', async () => {
    expect(signInFailureMessage(await refusal(401))).toBe(
      'That username and password do not match an account.',
    );
    expect(signInFailureMessage(await refusal(403, 'This account is disabled'))).toBe(
      'This account is disabled',
    );
    expect(signInFailureMessage(await refusal(429, 'No', { retryAfterSeconds: 61 }))).toBe(
      'Too many attempts. Try again in 2 minutes.',
    );
    expect(signInFailureMessage(await refusal(429))).toBe(
      'Too many attempts. Try again in 1 minute.',
    );
    expect(signInFailureMessage(await refusal(503))).toMatch(/unavailable for a moment/);
  });

  it('says when Saffron could not be reached', () => {
    expect(signInFailureMessage(new TypeError('Failed to fetch'))).toBe(
      'Could not reach Saffron. Check your connection and try again.',
    );
  });
});
