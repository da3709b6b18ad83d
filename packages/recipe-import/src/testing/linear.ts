import { expect } from 'vitest';

const FACTOR = 4;

/**
 * That work grows in proportion to its input: the same run on an input four times larger
 * must take well under sixteen times as long (what a quadratic path would). A ratio of two
 * runs on the same machine, so neither the machine's speed nor its load decides the result;
 * each size's best of three.
 */
export function expectLinearTime(
  make: (size: number) => string,
  run: (input: string) => void,
  size: number,
) {
  const small = make(size);
  const large = make(size * FACTOR);
  run(small);
  let fast = Infinity;
  let slow = Infinity;
  for (let round = 0; round < 3; round += 1) {
    const started = performance.now();
    run(small);
    const middle = performance.now();
    run(large);
    fast = Math.min(fast, middle - started);
    slow = Math.min(slow, performance.now() - middle);
  }
  expect(
    slow / Math.max(fast, 1),
    `${slow.toFixed(0)} ms against ${fast.toFixed(0)} ms`,
  ).toBeLessThan(FACTOR * 2.5);
}
