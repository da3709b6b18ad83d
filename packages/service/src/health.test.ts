import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { registerHealthRoutes } from './health.ts';

function appWith(checks: Parameters<typeof registerHealthRoutes>[1]) {
  const app = Fastify();
  registerHealthRoutes(app, checks, { timeoutMs: 100 });
  return app;
}

describe('health routes', () => {
  it('reports ready when every dependency answers', async () => {
    const app = appWith({ database: () => Promise.resolve(), cache: () => Promise.resolve() });
    const response = await app.inject('/readyz');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ready', checks: { database: 'up', cache: 'up' } });
  });

  it('reports 503 naming the dependency that failed or hung, while staying live', async () => {
    const app = appWith({
      database: () => Promise.resolve(),
      cache: () => Promise.reject(new Error('connection refused')),
      search: () => new Promise(() => {}),
    });
    const response = await app.inject('/readyz');
    expect(response.statusCode).toBe(503);
    expect(response.json()).toEqual({
      status: 'unavailable',
      checks: { database: 'up', cache: 'down', search: 'down' },
    });
    expect((await app.inject('/healthz')).statusCode).toBe(200);
  });
});
