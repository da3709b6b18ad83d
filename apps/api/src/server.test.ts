import { createDb } from '@saffron/db';
import { useTestDb } from '@saffron/db/testing';
import { MAX_BATCH_SIZE, transformer } from '@saffron/shared';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApiServer } from './server.ts';
import { createTestDeps } from './testing/context.ts';

describe('api server', () => {
  const t = useTestDb();
  const server = () => buildApiServer(createTestDeps(t.db));

  it('serves system.info over HTTP with the shared transformer', async () => {
    const app = await server();
    const response = await app.inject({ method: 'GET', url: '/api/v1/system.info' });
    expect(response.statusCode).toBe(200);
    const body = response.json<{
      result: { data: Parameters<typeof transformer.deserialize>[0] };
    }>();
    expect(transformer.deserialize(body.result.data)).toMatchObject({
      name: 'Saffron',
      setupRequired: true,
    });
    await app.close();
  });

  it('answers batches of up to MAX_BATCH_SIZE calls (long procedure paths), and 400 past it', async () => {
    const app = await server();
    const batch = (calls: number) =>
      app.inject({
        method: 'GET',
        url: `/api/v1/${Array.from({ length: calls }, () => 'system.info').join(',')}?batch=1&input={}`,
      });
    const full = await batch(MAX_BATCH_SIZE);
    expect(full.statusCode).toBe(200);
    expect(full.json()).toHaveLength(MAX_BATCH_SIZE);
    expect((await batch(MAX_BATCH_SIZE + 1)).statusCode).toBe(400);
    await app.close();
  });

  it('answers 404 NOT_FOUND for an unknown procedure, without a stack trace', async () => {
    const app = await server();
    const response = await app.inject({ method: 'GET', url: '/api/v1/system.nope' });
    expect(response.statusCode).toBe(404);
    const { error } = response.json<{ error: { json: { data: Record<string, unknown> } } }>();
    expect(error.json.data).toMatchObject({ code: 'NOT_FOUND' });
    expect(error.json.data).not.toHaveProperty('stack');
    await app.close();
  });

  it('is live and ready while the database answers', async () => {
    const app = await server();
    expect((await app.inject('/healthz')).json()).toEqual({ status: 'ok' });
    const ready = await app.inject('/readyz');
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ready', checks: { database: 'up' } });
    await app.close();
  });

  describe('with the database unreachable', () => {
    const unreachable = createDb({ databaseUrl: 'postgres://nobody@127.0.0.1:1/none' });
    afterAll(async () => (await unreachable).close());

    it('stays live but reports not ready (503)', async () => {
      const { db } = await unreachable;
      const app = await buildApiServer(createTestDeps(db));
      expect((await app.inject('/healthz')).statusCode).toBe(200);
      const ready = await app.inject('/readyz');
      expect(ready.statusCode).toBe(503);
      expect(ready.json()).toEqual({ status: 'unavailable', checks: { database: 'down' } });
      await app.close();
    });
  });
});
