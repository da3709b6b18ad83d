import { windowAt, type CounterStore } from './counters.ts';

/**
 * One process only: right for the embedded mode, where one api serves everyone. Each window
 * length keeps the counts of its current bucket alone; a new bucket replaces them all at once.
 */
export function createMemoryCounterStore(now: () => number = Date.now): CounterStore {
  const windows = new Map<number, { bucket: number; counts: Map<string, number> }>();
  const countsOf = (windowMs: number) => {
    const { bucket } = windowAt(now(), windowMs);
    let current = windows.get(windowMs);
    if (current?.bucket !== bucket) {
      current = { bucket, counts: new Map() };
      windows.set(windowMs, current);
    }
    return current.counts;
  };
  return {
    get: (key, windowMs) => Promise.resolve(countsOf(windowMs).get(key) ?? 0),
    take: (limits, windowMs) => {
      const counts = countsOf(windowMs);
      const full = limits.find(({ key, limit }) => (counts.get(key) ?? 0) >= limit);
      if (full) {
        return Promise.resolve({ allowed: false, resetInMs: windowAt(now(), windowMs).resetInMs });
      }
      for (const { key } of limits) counts.set(key, (counts.get(key) ?? 0) + 1);
      return Promise.resolve({ allowed: true });
    },
    add: (key, windowMs, by = 1) => {
      const counts = countsOf(windowMs);
      const count = Math.max(0, (counts.get(key) ?? 0) + by);
      if (count === 0) counts.delete(key);
      else counts.set(key, count);
      return Promise.resolve(count);
    },
    delete: (keys, windowMs) => {
      const counts = countsOf(windowMs);
      for (const key of keys) counts.delete(key);
      return Promise.resolve();
    },
  };
}
