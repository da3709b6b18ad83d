import autocannon from 'autocannon';
import { benchEnv } from '../env.ts';

export interface LoadResult {
  label: string;
  requestsPerSecond: number;
  /** Mean latency: autocannon rounds percentiles to whole milliseconds, the mean keeps decimals. */
  meanMs: number;
  p99Ms: number;
  failures: number;
}

export interface LoadOptions {
  label: string;
  url: string;
  /** Paths to rotate through, one request each, so a run touches many rows rather than one. */
  paths?: string[];
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  durationSeconds?: number;
}

/** Drives one URL with autocannon on loopback; every non-2xx response counts as a failure. */
export async function measure(options: LoadOptions): Promise<LoadResult> {
  let next = 0;
  const { paths } = options;
  const result = await autocannon({
    url: options.url,
    method: options.method ?? 'GET',
    headers: options.headers,
    body: options.body,
    requests: paths
      ? [{ setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length]! }) }]
      : undefined,
    connections: benchEnv.connections,
    duration: options.durationSeconds ?? benchEnv.durationSeconds,
  });
  return {
    label: options.label,
    requestsPerSecond: result.requests.average,
    meanMs: result.latency.average,
    p99Ms: result.latency.p99,
    failures: result.errors + result.timeouts + result.non2xx,
  };
}

/** A short unmeasured run so JIT warm-up and connection setup stay out of the figures. */
export async function warmUp(options: LoadOptions): Promise<void> {
  await measure({ ...options, durationSeconds: 2 });
}
