import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { registerMetrics } from './metrics.ts';

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** Prometheus text format, sample lines only (label order is not part of the format). */
function samples(text: string): Sample[] {
  return [...text.matchAll(/^(\w+)\{([^}]*)\} (\S+)$/gm)].map(([, name, labels, value]) => ({
    name: name!,
    labels: Object.fromEntries(
      [...labels!.matchAll(/(\w+)="([^"]*)"/g)].map(([, key, val]) => [key!, val!]),
    ),
    value: Number(value),
  }));
}

function valuesOf(text: string, name: string, without: string[] = ['service']) {
  return samples(text)
    .filter((sample) => sample.name === name)
    .map(({ labels, value }) => ({
      ...Object.fromEntries(Object.entries(labels).filter(([key]) => !without.includes(key))),
      value,
    }));
}

describe('metrics', () => {
  it('counts requests per route template and status, with latency, in Prometheus text format', async () => {
    const app = Fastify();
    registerMetrics(app, 'demo');
    app.get('/recipes/:id', () => ({ ok: true }));
    for (const id of ['1', '2', '3']) await app.inject(`/recipes/${id}`);
    await app.inject('/no/such/path/4f1c');
    const response = await app.inject('/metrics');
    expect(response.headers['content-type']).toContain('text/plain');
    const text = response.body;
    expect(valuesOf(text, 'http_requests_total')).toEqual([
      { method: 'GET', route: '/recipes/:id', status_code: '200', value: 3 },
      { method: 'GET', route: 'unmatched', status_code: '404', value: 1 },
    ]);
    expect(valuesOf(text, 'http_request_duration_seconds_count')).toEqual([
      { method: 'GET', route: '/recipes/:id', status_code: '200', value: 3 },
      { method: 'GET', route: 'unmatched', status_code: '404', value: 1 },
    ]);
    expect(text).not.toContain('4f1c');
    const service = samples(text).map((sample) => sample.labels.service);
    expect(new Set(service)).toEqual(new Set(['demo']));
    expect(text).toMatch(/^process_cpu_user_seconds_total\{service="demo"\} /m);
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds\{service="demo"\} /m);
  });

  it('times procedures and counts their outcomes', async () => {
    const app = Fastify();
    const { procedures, registry } = registerMetrics(app, 'demo');
    procedures.start('recipes.byId', 'query')('OK');
    procedures.start('recipes.byId', 'query')('NOT_FOUND');
    procedures.start('recipes.byId', 'query')('OK');
    const text = await registry.metrics();
    expect(valuesOf(text, 'trpc_procedure_calls_total')).toEqual([
      { procedure: 'recipes.byId', type: 'query', outcome: 'OK', value: 2 },
      { procedure: 'recipes.byId', type: 'query', outcome: 'NOT_FOUND', value: 1 },
    ]);
    expect(valuesOf(text, 'trpc_procedure_duration_seconds_count')).toEqual([
      { procedure: 'recipes.byId', type: 'query', value: 3 },
    ]);
  });

  it('gives each server its own registry', async () => {
    const [first, second] = [Fastify(), Fastify()];
    registerMetrics(first, 'one');
    registerMetrics(second, 'two');
    await first.inject('/metrics');
    const text = (await second.inject('/metrics')).body;
    expect(valuesOf(text, 'http_requests_total')).toEqual([]);
  });
});
