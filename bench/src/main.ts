import { authCostBenchmark } from './benchmarks/auth-cost.ts';
import { filesUploadBenchmark } from './benchmarks/files-upload.ts';
import { groceryLiveBenchmark } from './benchmarks/grocery-live.ts';
import { lighthouseBenchmark } from './benchmarks/lighthouse.ts';
import { recipeCacheBenchmark } from './benchmarks/recipe-cache.ts';
import { recipeSearchBenchmark } from './benchmarks/recipe-search.ts';
import { systemInfoBenchmark } from './benchmarks/system-info.ts';
import { webBundleBenchmark } from './benchmarks/web-bundle.ts';
import { printScoreboard, recordFailure, startBenchmark } from './harness/scoreboard.ts';

/** `pnpm bench` runs them all; `pnpm bench <name>` runs one. */
const BENCHMARKS: Record<string, () => Promise<void>> = {
  'system-info': systemInfoBenchmark,
  'auth-cost': authCostBenchmark,
  'recipe-search': recipeSearchBenchmark,
  'recipe-cache': recipeCacheBenchmark,
  'grocery-live': groceryLiveBenchmark,
  'files-upload': filesUploadBenchmark,
  'web-bundle': webBundleBenchmark,
  lighthouse: lighthouseBenchmark,
};

const selected = process.argv.slice(2).filter((arg) => arg !== '--');
const unknown = selected.filter((name) => !(name in BENCHMARKS));
if (unknown.length > 0) {
  console.error(
    `Unknown benchmark(s): ${unknown.join(', ')}. Known: ${Object.keys(BENCHMARKS).join(', ')}`,
  );
  process.exit(64);
}
for (const name of selected.length > 0 ? selected : Object.keys(BENCHMARKS)) {
  startBenchmark(name);
  try {
    await BENCHMARKS[name]!();
  } catch (error) {
    console.error(error);
    recordFailure(error instanceof Error ? error.message : String(error));
  }
}
// Failed requests and missed targets fail the run: a benchmark that cannot fail proves nothing.
if (!printScoreboard()) process.exitCode = 1;
