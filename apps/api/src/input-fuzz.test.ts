import { createAuthServices } from '@saffron/auth';
import { useTestDb } from '@saffron/db/testing';
import {
  announceSeed,
  fuzzRuns,
  hostileValue,
  redisAvailable,
  trpcBody,
  useTestRedis,
  watchUnhandledRejections,
} from '@saffron/service/testing';
import { API_PREFIX } from '@saffron/shared';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import type { z } from 'zod';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createRedisGroceryEvents } from './grocery/events.ts';
import { appRouter } from './routers/index.ts';
import { buildApiServer } from './server.ts';
import { createAccount } from './testing/accounts.ts';
import { badInputFor } from './testing/bad-input.ts';
import { createTestDeps, FAST_ARGON2, TEST_CONFIG } from './testing/context.ts';
import { allProcedurePaths, procedureType } from './testing/http.ts';
import { recipeInput } from './testing/recipes.ts';
import type { ApiDeps } from './deps.ts';

const RUNS_PER_PROCEDURE = 40;

type Procedures = Record<string, { _def: { inputs: z.ZodType[] } }>;
const inputsOf = (path: string) => (appRouter._def.procedures as unknown as Procedures)[path]!;

/** What a bad request got: the status, or a subscription's in-stream error status. */
interface Answer {
  status: number;
  body: string;
}

/** The first event of a stream is enough: a refusal is sent as the stream's only event. */
async function firstEvent(response: Response, abort: AbortController): Promise<string> {
  let text = '';
  for await (const chunk of response.body!.pipeThrough(new TextDecoderStream())) {
    text += chunk;
    if (text.includes('\n\n')) break;
  }
  abort.abort();
  return text;
}

describe.runIf(redisAvailable())('every procedure under generated bad input', () => {
  const t = useTestDb();
  const r = useTestRedis();
  const rejections = watchUnhandledRejections();
  /** Every error the api logged: an unexpected failure is logged even when it is mapped. */
  const errorLogs: string[] = [];
  let app: FastifyInstance;
  let base: string;
  let deps: ApiDeps;
  let adminId: string;

  beforeAll(async () => {
    announceSeed('api procedures');
    const logger = pino({ level: 'error' }, { write: (line: string) => errorLogs.push(line) });
    deps = createTestDeps(t.db, {
      redis: r.redis,
      logger,
      auth: createAuthServices({ db: t.db, redis: r.redis, passwords: { argon2: FAST_ARGON2 } }),
      grocery: { events: createRedisGroceryEvents(r.redis) },
      config: { ...TEST_CONFIG, allowSignup: true },
    });
    app = await buildApiServer(deps);
    base = await app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await deps.grocery.events.close();
    await app.close();
  });

  beforeEach(async () => {
    // Something to find, so well-formed ids sometimes reach a real row's owner check.
    const admin = await createAccount(t.db, deps, 'admin', { role: 'admin' });
    adminId = admin.id;
    const caller = await deps.auth.sessions.create(admin.id, { userAgent: 'fuzz', ip: null });
    await fetch(`${base}${API_PREFIX}/recipes.create`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${caller.token}` },
      body: trpcBody(recipeInput()),
    });
    errorLogs.length = 0;
  });
  afterEach(() => {
    expect(errorLogs, 'errors the api logged').toEqual([]);
    expect(rejections, 'unhandled rejections').toEqual([]);
  });

  /** One call as the tRPC client makes it, as the admin (who may call everything), on a fresh session. */
  async function call(path: string, input: unknown): Promise<Answer> {
    const { token } = await deps.auth.sessions.create(adminId, { userAgent: 'fuzz', ip: null });
    const headers = { authorization: `Bearer ${token}` };
    const serialized = trpcBody(input);
    const type = procedureType(path);
    if (type === 'mutation') {
      const response = await fetch(`${base}${API_PREFIX}/${path}`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: serialized,
      });
      return { status: response.status, body: await response.text() };
    }
    const abort = new AbortController();
    const url = `${base}${API_PREFIX}/${path}?input=${encodeURIComponent(serialized)}`;
    const response = await fetch(url, { headers, signal: abort.signal });
    if (type === 'query') return { status: response.status, body: await response.text() };
    const event = await firstEvent(response, abort);
    const streamed = /"httpStatus":(\d+)/.exec(event)?.[1];
    return { status: streamed ? Number(streamed) : response.status, body: event };
  }

  it.each(allProcedurePaths())('%s answers bad input with a 4xx', async (path) => {
    await fc.assert(
      fc.asyncProperty(badInputFor(inputsOf(path)._def.inputs), async (input) => {
        const answer = await call(path, input);
        expect(answer.status, answer.body.slice(0, 500)).toBeLessThan(500);
      }),
      fuzzRuns(RUNS_PER_PROCEDURE),
    );
  });

  /** What no tRPC client sends: broken JSON, wrong wire envelopes, odd batches and content types. */
  const rawRequest = fc.record({
    path: fc.oneof(
      fc.constantFrom(...allProcedurePaths()),
      fc.constantFrom('auth.me,recipes.search', 'nope', 'auth..me', '', ',', 'a'.repeat(4_000)),
    ),
    batch: fc.boolean(),
    method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'),
    contentType: fc.constantFrom(
      'application/json',
      'application/json; charset=latin1',
      'text/plain',
      'multipart/form-data',
      'application/x-www-form-urlencoded',
    ),
    body: fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      // Nesting far deeper than a value fast-check could print.
      fc.constantFrom(
        `{"json":${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
        '{"json":{"a":'.repeat(20_000),
      ),
      hostileValue.map((value) => JSON.stringify({ json: value, meta: value })),
      hostileValue.map((value) => JSON.stringify({ 0: value, 1: { json: value } })),
      hostileValue.map((value) => JSON.stringify({ json: 1, meta: { values: value } })),
    ),
  });

  it('answers malformed wire requests with a 4xx', async () => {
    const { token } = await deps.auth.sessions.create(adminId, { userAgent: 'fuzz', ip: null });
    await fc.assert(
      fc.asyncProperty(rawRequest, async ({ path, batch, method, contentType, body }) => {
        const query = `${batch ? 'batch=1&' : ''}input=${encodeURIComponent(body)}`;
        const hasBody = method !== 'GET' && method !== 'OPTIONS';
        const abort = new AbortController();
        const response = await fetch(`${base}${API_PREFIX}/${path}?${query}`, {
          method,
          headers: { authorization: `Bearer ${token}`, 'content-type': contentType },
          signal: abort.signal,
          ...(hasBody ? { body } : {}),
        });
        // A well-formed GET of a subscription opens a live stream: its first event tells.
        const live = response.headers.get('content-type')?.startsWith('text/event-stream');
        const text = live ? await firstEvent(response, abort) : await response.text();
        const streamed = live ? /"httpStatus":(\d+)/.exec(text)?.[1] : undefined;
        expect(streamed ? Number(streamed) : response.status, text.slice(0, 500)).toBeLessThan(500);
      }),
      fuzzRuns(300),
    );
  });
});
