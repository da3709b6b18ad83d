import { expect } from 'vitest';

const FACTOR = 4;

function cpuMilliseconds(work: () => void): number {
  const before = process.cpuUsage();
  work();
  const { user, system } = process.cpuUsage(before);
  return (user + system) / 1000;
}

/**
 * That work grows in proportion to its input: the same run on an input four times larger
 * must take well under sixteen times as long (what a quadratic path would). A ratio of two
 * runs in the same process, so the machine's speed does not decide the result; each counted
 * in this process's CPU time, not the clock's, so neither do other processes on a busy
 * machine (a parallel test run once made a linear reader look 13× slower); each size's best
 * of three.
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
    fast = Math.min(
      fast,
      cpuMilliseconds(() => run(small)),
    );
    slow = Math.min(
      slow,
      cpuMilliseconds(() => run(large)),
    );
  }
  expect(
    slow / Math.max(fast, 1),
    `${slow.toFixed(0)} ms against ${fast.toFixed(0)} ms`,
  ).toBeLessThan(FACTOR * 2.5);
}
