import { trpcPath } from '@saffron/service/testing';
import { startApi } from '../harness/api.ts';
import { BENCH_COOK, ensureSeeded, signIn } from '../harness/bench-data.ts';
import { measure, warmUp } from '../harness/load.ts';
import { printComparison } from '../harness/report.ts';
import { benchEnv } from '../env.ts';

/**
 * What authentication costs: `auth.me` (session check in the session store, user read, answer)
 * against `system.info` (public: two small reads, answer).
 */
export async function authCostBenchmark(): Promise<void> {
  await (await ensureSeeded(1000, 100_000)).close();
  const api = await startApi(benchEnv.redisUrl ? { REDIS_URL: benchEnv.redisUrl } : {});
  try {
    const headers = { authorization: `Bearer ${await signIn(api.url, BENCH_COOK)}` };
    const publicPath = trpcPath('system.info', null);
    const privatePath = trpcPath('auth.me', null);
    await warmUp({ label: 'public', url: api.url + publicPath });
    await warmUp({ label: 'authenticated', url: api.url + privatePath, headers });
    const baseline = await measure({ label: 'system.info (public)', url: api.url + publicPath });
    const subject = await measure({
      label: 'auth.me (authenticated)',
      url: api.url + privatePath,
      headers,
    });
    const store = benchEnv.redisUrl ? 'sessions in Redis' : 'sessions in Postgres';
    printComparison(`authenticated vs public call (${store})`, baseline, subject, {
      throughput: 0.8,
    });
  } finally {
    await api.stop();
  }
}
