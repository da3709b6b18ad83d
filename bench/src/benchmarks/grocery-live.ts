import { openSse, trpcMutation, trpcPath } from '@saffron/service/testing';
import type { TGroceryChanges } from '@saffron/shared';
import { startApi } from '../harness/api.ts';
import { ensureSeeded, signIn } from '../harness/bench-data.ts';
import { measure } from '../harness/load.ts';
import { benchEnv } from '../env.ts';
import { recordFailure, recordFigure } from '../harness/scoreboard.ts';

const COOKS = 20;
const CHANGES = 300;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/**
 * Live sync between instances: a change is made through api A while both A and B carry
 * search load; clients subscribed on A (same instance, the baseline) and on B (across Redis
 * pub/sub) time the event. Prints p50/p95/p99 and the cross-instance / same-instance ratio.
 */
export async function groceryLiveBenchmark(): Promise<void> {
  if (!benchEnv.redisUrl) {
    recordFailure('needs Redis: set BENCH_REDIS_URL or REDIS_URL');
    return;
  }
  await (await ensureSeeded(1000, 100_000)).close();
  const env = { REDIS_URL: benchEnv.redisUrl };
  const [a, b] = await Promise.all([startApi(env), startApi(env)]);
  try {
    const cooks = Array.from({ length: COOKS }, (_, i) => `cook${String(i + 1).padStart(4, '0')}`);
    const tokens = await Promise.all(cooks.map((cook) => signIn(a.url, cook)));
    const path = trpcPath('grocery.onChange', { lastEventId: null });
    const streams = await Promise.all(
      tokens.flatMap((token) =>
        [a, b].map((api) => openSse(api.url + path, { authorization: `Bearer ${token}` })),
      ),
    );
    // Background load on both instances for the whole measurement.
    const load = [a, b].map((api) =>
      measure({
        label: 'load',
        url: api.url + trpcPath('recipes.search', { q: 'chicken', limit: 20 }),
        headers: { authorization: `Bearer ${tokens[0]}` },
        durationSeconds: 15,
      }),
    );
    const same: number[] = [];
    const across: number[] = [];
    for (let i = 0; i < CHANGES; i++) {
      const cook = i % COOKS;
      const name = `bench item ${i}`;
      const sent = performance.now();
      const arrived = (stream: (typeof streams)[number]) =>
        stream
          .next<TGroceryChanges>(
            (changes) => changes.items.some((item) => item.name === name),
            10_000,
          )
          .then(() => performance.now() - sent);
      const waits = [arrived(streams[cook * 2]!), arrived(streams[cook * 2 + 1]!)] as const;
      await trpcMutation(
        a.url,
        'grocery.addItems',
        { items: [{ name }] },
        { authorization: `Bearer ${tokens[cook]}` },
      );
      const [onA, onB] = await Promise.all(waits);
      same.push(onA);
      across.push(onB);
    }
    await Promise.all(load);
    streams.forEach((stream) => stream.close());
    const row = (label: string, values: number[]) =>
      console.log(
        `${label.padEnd(34)}${[50, 95, 99].map((p) => percentile(values, p).toFixed(1).padStart(9)).join('')}`,
      );
    console.log(
      `\ngrocery change → live event (${CHANGES} changes, ${COOKS} users, search load on both instances)`,
    );
    console.log(`${''.padEnd(34)}   p50 ms   p95 ms   p99 ms`);
    row('client on the same instance', same);
    row('client on the other instance', across);
    recordFigure({
      figure: 'live event p99, other instance / same instance',
      value: percentile(across, 99) / percentile(same, 99),
      target: 2,
      better: 'lower',
    });
    console.log(
      `${'ratio (other/same)'.padEnd(34)}${[50, 95, 99].map((p) => `${(percentile(across, p) / percentile(same, p)).toFixed(2)}x`.padStart(9)).join('')}`,
    );
  } finally {
    await Promise.all([a.stop(), b.stop()]);
  }
}
