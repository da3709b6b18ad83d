import { Writable } from 'node:stream';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { echoRequestId, requestIdOptions } from './request-id.ts';

function appLoggingTo(lines: Record<string, unknown>[]) {
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      callback();
    },
  });
  const logger: FastifyBaseLogger = pino(sink);
  const app = Fastify({ loggerInstance: logger, ...requestIdOptions });
  echoRequestId(app);
  app.get('/work', (request) => {
    request.log.info('doing the work');
    return { ok: true };
  });
  app.get('/fail', () => {
    throw new Error('boom');
  });
  return app;
}

describe('request ids', () => {
  it("keeps the proxy's X-Request-ID, answers with it, and logs every line of the request with it", async () => {
    const lines: Record<string, unknown>[] = [];
    const app = appLoggingTo(lines);
    const response = await app.inject({
      url: '/work',
      headers: { 'x-request-id': 'nginx-abc.123' },
    });
    expect(response.headers['x-request-id']).toBe('nginx-abc.123');
    const ours = lines.filter((line) => line.reqId === 'nginx-abc.123').map((line) => line.msg);
    expect(ours).toEqual(['incoming request', 'doing the work', 'request completed']);
  });

  it('makes a new id when none is sent or the one sent is not plain, and keeps it on errors', async () => {
    const lines: Record<string, unknown>[] = [];
    const app = appLoggingTo(lines);
    const forged = await app.inject({
      url: '/fail',
      headers: { 'x-request-id': 'x"}\n{"level":60,"msg":"forged' },
    });
    expect(forged.statusCode).toBe(500);
    const id = forged.headers['x-request-id'];
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines.find((line) => line.level === 50)).toMatchObject({ reqId: id });
    const fresh = await app.inject({ url: '/work' });
    expect(fresh.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(fresh.headers['x-request-id']).not.toBe(id);
  });
});
