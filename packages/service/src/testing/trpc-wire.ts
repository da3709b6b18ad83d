import { API_PREFIX, transformer } from '@saffron/shared';

/**
 * tRPC's HTTP wire format, for tests and benchmarks that speak raw HTTP to the api (through
 * nginx, as a load generator, as a browser's cookie jar) rather than through @saffron/client.
 */
type Serialized = Parameters<typeof transformer.deserialize>[0];

/** A procedure's input as the client sends it: through the shared transformer. */
export const trpcBody = (input: unknown): string => JSON.stringify(transformer.serialize(input));

/** The path of a query or subscription, with its input when it has one. */
export const trpcPath = (procedure: string, input?: unknown): string =>
  input === undefined
    ? `${API_PREFIX}/${procedure}`
    : `${API_PREFIX}/${procedure}?input=${encodeURIComponent(trpcBody(input))}`;

/** A mutation: a JSON POST (add `origin` to the headers to send it as a browser would). */
export function trpcMutation(
  baseUrl: string,
  procedure: string,
  input: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(baseUrl + trpcPath(procedure), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: trpcBody(input),
  });
}

/** The data of a single call's parsed answer; an answer with an error throws it. */
export function trpcData<T>(body: unknown): T {
  const { result } = body as { result?: { data: Serialized } };
  if (!result) throw new Error(`The api answered with an error: ${JSON.stringify(body)}`);
  return transformer.deserialize<T>(result.data);
}

/** The data of a single call's answer. */
export async function trpcResult<T>(response: Response): Promise<T> {
  return trpcData<T>(await response.json());
}
