import type { FastifyReply, FastifyRequest } from 'fastify';

/** Probes and scrapers reach each instance by its address, not by the public name. */
const ANY_HOST_PATHS = new Set(['/healthz', '/readyz', '/metrics']);

/**
 * DNS rebinding: a page on another name whose DNS later points at this server (or at
 * 127.0.0.1) is, to the browser, its own origin, and could drive the api. With a public
 * address configured only requests naming its host are served (any port: proxies differ).
 */
export function createHostGuard(publicOrigin: string | undefined) {
  const expected = publicOrigin && new URL(publicOrigin).hostname;
  return async function hostGuard(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    if (!expected || request.hostname === expected) return;
    if (ANY_HOST_PATHS.has(request.url.split('?')[0]!)) return;
    return reply.code(421).send({
      error: { code: 'MISDIRECTED_REQUEST', message: `This server answers only for ${expected}` },
    });
  };
}
