import type { AppRouter } from '@saffron/api';
import { transformer } from '@saffron/shared/transformer';
import { API_PREFIX, MAX_BATCH_SIZE } from '@saffron/shared/wire-paths';
import {
  createTRPCClient,
  httpBatchLink,
  httpBatchStreamLink,
  httpSubscriptionLink,
  splitLink,
  type TRPCClient,
} from '@trpc/client';
import { authorizationHeader, type TokenOption } from './token.ts';

export interface SaffronClientOptions {
  /** Where Saffron is served, e.g. "https://recipes.example.com" ("" in the browser: same origin). */
  baseUrl: string;
  /** A bearer token from `auth.login({ returnToken: true })`; browsers use the session cookie instead. */
  token?: TokenOption;
  /** A fetch to use instead of the global one (tests, proxies, React Native). */
  fetch?: typeof globalThis.fetch;
  /**
   * For live updates where there is no EventSource (Node: the `eventsource` package). The
   * token travels through its fetch; browsers use their own EventSource and the cookie.
   */
  eventSource?: EventSourceConstructor;
}

type EventSourceConstructor = new (
  url: string,
  init?: { fetch?: typeof globalThis.fetch; withCredentials?: boolean },
) => EventSource;

export type SaffronClient = TRPCClient<AppRouter>;

/**
 * The fully typed client. Queries are batched and streamed; mutations are batched but not
 * streamed, because a mutation may set a cookie (sign-in) and a streamed response has sent
 * its headers before the procedure ends. Subscriptions use Server-Sent Events.
 */
export function createSaffronClient(options: SaffronClientOptions): SaffronClient {
  const url = `${options.baseUrl.replace(/\/$/, '')}${API_PREFIX}`;
  const headers = () => authorizationHeader(options.token);
  const common = { url, transformer, headers, fetch: options.fetch, maxItems: MAX_BATCH_SIZE };
  return createTRPCClient<AppRouter>({
    links: [
      splitLink({
        condition: (operation) => operation.type === 'subscription',
        true: httpSubscriptionLink({
          url,
          transformer,
          ...(options.eventSource && {
            EventSource: options.eventSource,
            eventSourceOptions: () => ({
              fetch: (input: RequestInfo | URL, init?: RequestInit) =>
                (options.fetch ?? globalThis.fetch)(input, {
                  ...init,
                  headers: {
                    ...(init?.headers as Record<string, string> | undefined),
                    ...headers(),
                  },
                }),
            }),
          }),
        }),
        false: splitLink({
          condition: (operation) => operation.type === 'mutation',
          true: httpBatchLink(common),
          false: httpBatchStreamLink(common),
        }),
      }),
    ],
  });
}
