import type { Counter, CounterStore } from './counters.ts';

/** One process only: right for the embedded mode, where one api serves everyone. */
export function createMemoryCounterStore(now: () => number = Date.now): CounterStore {
  const windows = new Map<string, { count: number; resetAt: number }>();

  const sweep = () => {
    const time = now();
    for (const [key, window] of windows) if (window.resetAt <= time) windows.delete(key);
  };

  return {
    increment: (keys, windowMs) => {
      sweep();
      const time = now();
      const counters: Counter[] = keys.map((key) => {
        const window = windows.get(key) ?? { count: 0, resetAt: time + windowMs };
        window.count += 1;
        windows.set(key, window);
        return { count: window.count, resetInMs: window.resetAt - time };
      });
      return Promise.resolve(counters);
    },
    decrement: (keys) => {
      for (const key of keys) {
        const window = windows.get(key);
        if (window && window.count > 0) window.count -= 1;
      }
      return Promise.resolve();
    },
    delete: (keys) => {
      for (const key of keys) windows.delete(key);
      return Promise.resolve();
    },
  };
}
