import { Writable } from 'node:stream';
import { createDb } from '@saffron/db';
import { useTestDb } from '@saffron/db/testing';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApiServer } from './server.ts';
import { createTestDeps } from './testing/context.ts';

type LogLine = Record<string, unknown>;

function capturingLogger(lines: LogLine[]) {
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      lines.push(JSON.parse(chunk.toString()) as LogLine);
      callback();
    },
  });
  return pino(sink);
}

/** One sample's value from Prometheus text, whatever the label order. */
function sampleValue(text: string, name: string, labels: Record<string, string>): number {
  const line = text
    .split('\n')
    .find(
      (each) =>
        each.startsWith(`${name}{`) &&
        Object.entries(labels).every(([key, value]) => each.includes(`${key}="${value}"`)),
    );
  return line ? Number(line.split(' ').at(-1)) : 0;
}

describe('api observability', () => {
  const t = useTestDb();

  it('counts every procedure of a batch, with its outcome, and the route by its template', async () => {
    const app = await buildApiServer(createTestDeps(t.db));
    const batch = await app.inject({
      url: '/api/v1/system.info,system.info,auth.me,system.info?batch=1&input={}',
    });
    expect(batch.statusCode).toBe(207);
    const text = (await app.inject('/metrics')).body;
    const calls = (procedure: string, outcome: string) =>
      sampleValue(text, 'trpc_procedure_calls_total', { procedure, type: 'query', outcome });
    expect(calls('system.info', 'OK')).toBe(3);
    expect(calls('auth.me', 'UNAUTHORIZED')).toBe(1);
    expect(
      sampleValue(text, 'trpc_procedure_duration_seconds_count', { procedure: 'system.info' }),
    ).toBe(3);
    expect(
      sampleValue(text, 'http_requests_total', { route: '/api/v1/:path', status_code: '207' }),
    ).toBe(1);
    expect(text).not.toContain('system.info,');
    await app.close();
  });

  describe('with the database unreachable', () => {
    const unreachable = createDb({ databaseUrl: 'postgres://nobody@127.0.0.1:1/none' });
    afterAll(async () => (await unreachable).close());

    it("logs a failing procedure with the proxy's request id, and answers with that id", async () => {
      const lines: LogLine[] = [];
      const { db } = await unreachable;
      const app = await buildApiServer(createTestDeps(db, { logger: capturingLogger(lines) }));
      const response = await app.inject({
        url: '/api/v1/system.info',
        headers: { 'x-request-id': 'edge-7f3a' },
      });
      expect(response.statusCode).toBe(500);
      expect(response.headers['x-request-id']).toBe('edge-7f3a');
      const failure = lines.find((line) => line.msg === 'procedure failed');
      expect(failure).toMatchObject({ reqId: 'edge-7f3a', path: 'system.info', level: 50 });
      const ours = lines.filter((line) => line.reqId === 'edge-7f3a').map((line) => line.msg);
      expect(ours).toEqual(['incoming request', 'procedure failed', 'request completed']);
      await app.close();
    });
  });
});
