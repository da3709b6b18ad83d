import { openSse, trpcBody, trpcPath } from '@saffron/service/testing';

/**
 * A browser's side of the api, through nginx: the session cookie it was given, the Origin
 * it sends with writes, and a request id per call (so the test can find the call in the
 * instances' logs).
 */
export class BrowserSession {
  #cookie: string | undefined;
  readonly #origin: string;

  constructor(origin: string) {
    this.#origin = origin;
  }

  async mutate(path: string, input: unknown, requestId: string): Promise<Response> {
    const response = await fetch(this.#origin + trpcPath(path), {
      method: 'POST',
      headers: {
        origin: this.#origin,
        'content-type': 'application/json',
        'x-request-id': requestId,
        ...(this.#cookie ? { cookie: this.#cookie } : {}),
      },
      body: trpcBody(input),
    });
    const setCookie = response.headers.getSetCookie()[0];
    if (setCookie) this.#cookie = setCookie.split(';')[0];
    return response;
  }

  /** A tRPC subscription as the browser's EventSource opens it. */
  subscribe(path: string, input: unknown, requestId: string) {
    return openSse(this.#origin + trpcPath(path, input), {
      'x-request-id': requestId,
      ...(this.#cookie ? { cookie: this.#cookie } : {}),
    });
  }

  query(path: string, requestId: string): Promise<Response> {
    return fetch(this.#origin + trpcPath(path), {
      headers: { 'x-request-id': requestId, ...(this.#cookie ? { cookie: this.#cookie } : {}) },
    });
  }
}
