import { describe, expect, it } from 'vitest';
import { createSaffronClient } from './client.ts';

interface Seen {
  url: string;
  method: string;
  headers: Headers;
}

/** A fetch that records requests and answers like a tRPC server would (empty results). */
function recordingFetch(seen: Seen[]): typeof fetch {
  return (input, init) => {
    const request = new Request(input, init);
    seen.push({ url: request.url, method: request.method, headers: request.headers });
    const batch = new URL(request.url).searchParams.get('batch') === '1';
    const body = batch
      ? [{ result: { data: { json: null } } }]
      : { result: { data: { json: null } } };
    return Promise.resolve(
      new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }),
    );
  };
}

describe('createSaffronClient', () => {
  it('streams batched queries but not mutations, whose answers may set a cookie', async () => {
    const seen: Seen[] = [];
    const client = createSaffronClient({
      baseUrl: 'https://recipes.example/',
      fetch: recordingFetch(seen),
    });
    await client.system.info.query().catch(() => undefined);
    await client.auth.logout.mutate().catch(() => undefined);
    const [query, mutation] = seen;
    expect(query).toMatchObject({ method: 'GET' });
    expect(query!.url).toMatch(/^https:\/\/recipes\.example\/api\/v1\/system\.info\?batch=1/);
    expect(query!.headers.get('trpc-accept')).toBe('application/jsonl');
    expect(mutation).toMatchObject({ method: 'POST' });
    expect(mutation!.url).toMatch(/\/api\/v1\/auth\.logout\?batch=1$/);
    expect(mutation!.headers.get('trpc-accept')).toBeNull();
  });

  it('sends a bearer token when given one, read fresh for every call', async () => {
    const seen: Seen[] = [];
    let token: string | undefined = 'first';
    const client = createSaffronClient({
      baseUrl: 'http://localhost:5173',
      fetch: recordingFetch(seen),
      token: () => token,
    });
    await client.auth.me.query().catch(() => undefined);
    token = undefined;
    await client.auth.me.query().catch(() => undefined);
    expect(seen.map((request) => request.headers.get('authorization'))).toEqual([
      'Bearer first',
      null,
    ]);
  });
});
