/** Benchmark settings: short runs by default, longer ones for figures worth quoting. */
export const benchEnv = {
  durationSeconds: Number(process.env.BENCH_DURATION ?? 10),
  connections: Number(process.env.BENCH_CONNECTIONS ?? 50),
  /** Size of the file the files-upload benchmark sends (MiB); 1024 for the quoted figures. */
  uploadMiB: Number(process.env.BENCH_UPLOAD_MIB ?? 1024),
  /** A real Postgres for the servers under test; an embedded one (in .data/bench) otherwise. */
  databaseUrl: process.env.BENCH_DATABASE_URL || undefined,
  /** Redis for sessions and the recipe cache; without it those benchmarks say they cannot run. */
  redisUrl: process.env.BENCH_REDIS_URL || process.env.REDIS_URL || undefined,
  /** Debian's Chromium, for the browser benchmarks (bundle size, Lighthouse). */
  chromiumPath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  /** Lighthouse runs per page; the median is reported. */
  lighthouseRuns: Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 5),
  /** Passed to child servers so they start exactly as configured here. */
  path: process.env.PATH,
  home: process.env.HOME,
};
