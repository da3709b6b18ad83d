import { join } from 'node:path';
import { trpcPath } from '@saffron/service/testing';
import { startApi } from '../harness/api.ts';
import { BENCH_COOK, ensureSeeded, seededCookId, signIn } from '../harness/bench-data.ts';
import { measure, warmUp } from '../harness/load.ts';
import { printComparison } from '../harness/report.ts';
import { startServer } from '../harness/server.ts';
import { benchEnv } from '../env.ts';

const DIRECT = join(import.meta.dirname, '../servers/search-direct.ts');
/** Words that match exactly (one SQL query per search, as the direct baseline runs). */
const QUERIES = [
  'chicken',
  'curry',
  'tomato',
  'spicy soup',
  'beef',
  'lentil stew',
  'garlic',
  'tacos',
  '',
];

/**
 * recipes.search over 100k recipes of 1k users, through the api (Fastify, tRPC, session
 * check, superjson) against the same SQL from a bare handler.
 */
export async function recipeSearchBenchmark(): Promise<void> {
  const handle = await ensureSeeded(1000, 100_000);
  const cookId = await seededCookId(handle);
  await handle.close();
  const api = await startApi(benchEnv.redisUrl ? { REDIS_URL: benchEnv.redisUrl } : {});
  const direct = await startServer(DIRECT, { args: ['$PORT', cookId], readyPath: '/?q=x' });
  try {
    const token = await signIn(api.url, BENCH_COOK);
    const headers = { authorization: `Bearer ${token}` };
    const apiPaths = QUERIES.map((q) => trpcPath('recipes.search', { q, limit: 20 }));
    const directPaths = QUERIES.map((q) => `/?q=${encodeURIComponent(q)}`);
    await warmUp({ label: 'direct', url: direct.url, paths: directPaths });
    await warmUp({ label: 'api', url: api.url, paths: apiPaths, headers });
    const baseline = await measure({
      label: 'same SQL via pg, bare handler',
      url: direct.url,
      paths: directPaths,
    });
    const subject = await measure({
      label: 'recipes.search via api',
      url: api.url,
      paths: apiPaths,
      headers,
    });
    printComparison(
      'recipes.search, 100k recipes / 1k users: api vs the same SQL directly',
      baseline,
      subject,
      { throughput: 0.67, p99: 1.5 },
    );
  } finally {
    await Promise.all([api.stop(), direct.stop()]);
  }
}
