import { trpcPath } from '@saffron/service/testing';
import { startApi } from '../harness/api.ts';
import { BENCH_COOK, ensureSeeded, seededCookId, signIn } from '../harness/bench-data.ts';
import { measure, warmUp } from '../harness/load.ts';
import { printComparison } from '../harness/report.ts';
import { benchEnv } from '../env.ts';
import { recordFailure } from '../harness/scoreboard.ts';

/** recipes.byId with the Redis cache against the same api with the cache turned off. */
export async function recipeCacheBenchmark(): Promise<void> {
  if (!benchEnv.redisUrl) {
    recordFailure('needs Redis: set BENCH_REDIS_URL or REDIS_URL');
    return;
  }
  const handle = await ensureSeeded(1000, 100_000);
  const cookId = await seededCookId(handle);
  const recipes = await handle.db
    .selectFrom('recipes')
    .select('id')
    .where('owner_id', '=', cookId)
    .execute();
  await handle.close();
  const paths = recipes.map(({ id }) => trpcPath('recipes.byId', { id }));
  const run = async (label: string, cacheTtl: string) => {
    const api = await startApi({ REDIS_URL: benchEnv.redisUrl!, RECIPE_CACHE_TTL: cacheTtl });
    try {
      const headers = { authorization: `Bearer ${await signIn(api.url, BENCH_COOK)}` };
      await warmUp({ label, url: api.url, paths, headers });
      return await measure({ label, url: api.url, paths, headers });
    } finally {
      await api.stop();
    }
  };
  const uncached = await run('byId, cache off', '0s');
  const cached = await run('byId, Redis cache', '10m');
  printComparison(
    `recipes.byId over ${recipes.length} recipes: cached vs uncached`,
    uncached,
    cached,
    { throughput: 1 },
  );
}
