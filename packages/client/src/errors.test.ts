import { describe, expect, it } from 'vitest';
import { createSaffronClient } from './client.ts';
import { httpStatusOf, isUnreachable } from './errors.ts';

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
