import { describe, expect, it } from 'vitest';
import { useFilesService } from './testing/harness.ts';

describe('files server', () => {
  const h = useFilesService({ driver: 'local' });

  it('echoes the request id and exposes request metrics per route', async () => {
    const { app } = h.service;
    const health = await app.inject({ url: '/healthz', headers: { 'x-request-id': 'edge-1' } });
    expect(health.headers['x-request-id']).toBe('edge-1');
    await app.inject('/files/v1/nowhere');
    await app.inject('/files/v1/attachments/0b6f2f8e-6c1c-4a3b-9a57-2f1f5d0e9c11');
    const metrics = await app.inject('/metrics');
    expect(metrics.statusCode).toBe(200);
    expect(metrics.body).toMatch(
      /^http_requests_total\{method="GET",route="\/healthz",status_code="200",service="files"\} 1$/m,
    );
    expect(metrics.body).toMatch(/^http_requests_total\{[^}]*route="unmatched"[^}]*\} 1$/m);
    // Attachment routes are counted by their template, never by id.
    expect(metrics.body).toMatch(
      /^http_requests_total\{method="GET",route="\/files\/v1\/attachments\/:id",status_code="401",service="files"\} 1$/m,
    );
    expect(metrics.body).toMatch(/^process_resident_memory_bytes\{service="files"\} \d+/m);
  });
});
