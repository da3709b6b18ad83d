import { useTestDb } from '@saffron/db/testing';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { buildFilesServer } from './server.ts';

describe('files server', () => {
  const t = useTestDb();

  it('echoes the request id and exposes request metrics per route', async () => {
    const app = buildFilesServer({ db: t.db, logger: pino({ level: 'silent' }) });
    const health = await app.inject({ url: '/healthz', headers: { 'x-request-id': 'edge-1' } });
    expect(health.headers['x-request-id']).toBe('edge-1');
    await app.inject('/files/v1/attachments/does-not-exist');
    const metrics = await app.inject('/metrics');
    expect(metrics.statusCode).toBe(200);
    expect(metrics.body).toMatch(
      /^http_requests_total\{method="GET",route="\/healthz",status_code="200",service="files"\} 1$/m,
    );
    expect(metrics.body).toMatch(/^http_requests_total\{[^}]*route="unmatched"[^}]*\} 1$/m);
    expect(metrics.body).toMatch(/^process_resident_memory_bytes\{service="files"\} \d+/m);
    await app.close();
  });
});
