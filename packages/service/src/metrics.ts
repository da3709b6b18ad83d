import type { FastifyInstance } from 'fastify';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Seconds; from a cache hit to a slow upload. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

const KNOWN_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/** Times one procedure call; the returned function records how it ended ("OK" or an error code). */
export interface ProcedureMetrics {
  start: (procedure: string, type: string) => (outcome: string) => void;
}

export interface ServiceMetrics {
  registry: Registry;
  procedures: ProcedureMetrics;
}

function createProcedureMetrics(registry: Registry): ProcedureMetrics {
  const calls = new Counter({
    name: 'trpc_procedure_calls_total',
    help: 'tRPC procedure calls (each call of a batch counts), by procedure, type and outcome',
    labelNames: ['procedure', 'type', 'outcome'],
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'trpc_procedure_duration_seconds',
    help: 'Time spent in a tRPC procedure, by procedure and type',
    labelNames: ['procedure', 'type'],
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  return {
    start(procedure, type) {
      const stop = duration.startTimer({ procedure, type });
      return (outcome) => {
        stop();
        calls.inc({ procedure, type, outcome });
      };
    },
  };
}

/**
 * Prometheus metrics at GET /metrics: process metrics, and request counts and latency per
 * route. Routes are labelled by their template ("<prefix>/:path"), never the raw URL, so a
 * scanner cannot grow the label set; requests no route matched share the label "unmatched".
 * Each server gets its own registry, so several can live in one process (tests).
 */
export function registerMetrics(app: FastifyInstance, service: string): ServiceMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  const labelNames = ['method', 'route', 'status_code'];
  const requests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests answered, by method, route template and status code',
    labelNames,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request latency, by method, route template and status code',
    labelNames,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });

  app.addHook('onResponse', async (request, reply) => {
    const labels = {
      method: KNOWN_METHODS.has(request.method) ? request.method : 'OTHER',
      route: request.routeOptions.url ?? 'unmatched',
      status_code: String(reply.statusCode),
    };
    requests.inc(labels);
    duration.observe(labels, reply.elapsedTime / 1000);
  });

  app.get('/metrics', { logLevel: 'warn' }, async (_request, reply) =>
    reply.type(registry.contentType).send(await registry.metrics()),
  );

  return { registry, procedures: createProcedureMetrics(registry) };
}
