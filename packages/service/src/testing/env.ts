import { EnvError } from '../env-fields.ts';

/**
 * Environment for child processes in tests: only what a process needs to run plus the
 * given variables, so nothing from the developer's shell or CI leaks into the result.
 */
export function childEnv(variables: Record<string, string>): NodeJS.ProcessEnv {
  const { PATH, HOME, TMPDIR } = process.env;
  return { PATH, HOME, TMPDIR, LOG_FORMAT: 'json', ...variables };
}

/** Services the tests may use; in CI every one must be reachable (no silent skips). */
export const testServices = {
  redisUrl: process.env.REDIS_URL || undefined,
  requireServices: process.env.SAFFRON_REQUIRE_SERVICES === '1',
  /** Replays a fuzz run (see fuzz.ts); fixed by default so CI runs are reproducible. */
  fuzzSeed: Number(process.env.FUZZ_SEED || 1616),
};

/** The configuration error `load` throws; anything else (or nothing) fails the test. */
export function envErrorOf(load: () => unknown): EnvError {
  try {
    load();
  } catch (error) {
    if (error instanceof EnvError) return error;
    throw error;
  }
  throw new Error('expected an EnvError');
}
