import type { FastifyInstance } from 'fastify';

/** A dependency the service cannot work without; throws (or rejects) when it is unreachable. */
export type ReadinessCheck = () => Promise<unknown>;

function withTimeout(check: ReadinessCheck, timeoutMs: number): Promise<unknown> {
  return Promise.race([
    check(),
    new Promise((_, reject) => setTimeout(() => reject(new Error('timed out')), timeoutMs).unref()),
  ]);
}

/**
 * `/healthz` answers while the process lives (liveness); `/readyz` only when every
 * dependency answers (readiness), so a load balancer stops routing to a cut-off instance.
 */
export function registerHealthRoutes(
  app: FastifyInstance,
  checks: Record<string, ReadinessCheck>,
  { timeoutMs = 2_000 } = {},
): void {
  app.get('/healthz', { logLevel: 'warn' }, () => ({ status: 'ok' }));

  app.get('/readyz', { logLevel: 'warn' }, async (_request, reply) => {
    const names = Object.keys(checks);
    const outcomes = await Promise.allSettled(
      names.map((name) => withTimeout(checks[name]!, timeoutMs)),
    );
    const results = Object.fromEntries(
      names.map((name, i) => [name, outcomes[i]?.status === 'fulfilled' ? 'up' : 'down']),
    );
    const ready = Object.values(results).every((state) => state === 'up');
    return reply
      .code(ready ? 200 : 503)
      .send({ status: ready ? 'ready' : 'unavailable', checks: results });
  });
}
