import fc from 'fast-check';
import { afterAll, beforeAll } from 'vitest';
import { testServices } from './env.ts';

/** One seed for a whole fuzz run, printed, so any failure replays: `FUZZ_SEED=<n> vitest run <file>`. */
export const FUZZ_SEED = testServices.fuzzSeed;

/** fast-check's settings for a bounded run on the printed seed. */
export function fuzzRuns(numRuns: number): fc.Parameters<unknown> {
  return { seed: FUZZ_SEED, numRuns, endOnFailure: true };
}

const ODD_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\uD800',
  '\u202Eevil',
  '../../etc/passwd',
  "'; drop table users; --",
  '%00%2e%2e%2f',
  '2026-13-45',
  'NaN',
  '-0',
  '1e400',
  '__proto__',
  '<script>alert(1)</script>',
  'x'.repeat(20_000),
];

/** An object nested far deeper than any input, to find recursion that has no bound. */
const deeplyNested = (depth: number): unknown =>
  Array.from({ length: depth }).reduce<unknown>((inner) => ({ a: [inner] }), 'bottom');

/**
 * Values no schema here should take in most places: wrong types, edge numbers, control
 * characters, huge strings, deep nesting; plus well-formed ids, so some calls pass the
 * schema and reach the service behind it.
 */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.constantFrom(-1, 0, 2 ** 31, 2 ** 53, -(2 ** 63), 1e308),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(...ODD_STRINGS),
  fc.uuid(),
  fc.date({ noInvalidDate: true }),
  fc.array(fc.anything({ maxDepth: 1 }), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.anything({ maxDepth: 1 }), { maxKeys: 4 }),
  fc.constant(deeplyNested(500)),
);

/**
 * Unhandled promise rejections while this file runs, for tests to assert there are none
 * (vitest reports them too, but after the fact and without saying which request caused one).
 */
export function watchUnhandledRejections(): unknown[] {
  const seen: unknown[] = [];
  const record = (reason: unknown) => seen.push(reason);
  beforeAll(() => void process.on('unhandledRejection', record));
  afterAll(() => void process.off('unhandledRejection', record));
  return seen;
}

/** Lets a bounded run announce which seed it used (vitest shows it beside the test). */
export function announceSeed(what: string): void {
  console.info(`${what}: fuzz seed ${FUZZ_SEED} (replay with FUZZ_SEED=${FUZZ_SEED})`);
}
