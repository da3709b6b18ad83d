import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { createHostGuard } from './host-guard.ts';

async function appWithHostGuard(publicOrigin: string | undefined) {
  const app = Fastify();
  app.addHook('onRequest', createHostGuard(publicOrigin));
  app.get('/api/v1/system.info', () => ({ ok: true }));
  app.get('/readyz', () => ({ ok: true }));
  return app;
}

const statusFor = async (
  app: Awaited<ReturnType<typeof appWithHostGuard>>,
  url: string,
  host: string,
) => (await app.inject({ url, headers: { host } })).statusCode;

describe('host guard (DNS rebinding)', () => {
  it("serves only the public address's host, on any port, and probes on any host", async () => {
    const app = await appWithHostGuard('https://recipes.example.com');
    expect(await statusFor(app, '/api/v1/system.info', 'recipes.example.com')).toBe(200);
    expect(await statusFor(app, '/api/v1/system.info', 'recipes.example.com:3001')).toBe(200);
    expect(await statusFor(app, '/api/v1/system.info', 'rebind.evil.example')).toBe(421);
    expect(await statusFor(app, '/api/v1/system.info', '127.0.0.1:3001')).toBe(421);
    expect(await statusFor(app, '/readyz?full', '10.0.0.7:3001')).toBe(200);
  });

  it('serves any host without a public address (development)', async () => {
    const app = await appWithHostGuard(undefined);
    expect(await statusFor(app, '/api/v1/system.info', 'anything.example')).toBe(200);
  });
});
