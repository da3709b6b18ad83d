/** A limit on one counter: at `limit`, the next attempt is refused. */
export interface CounterLimit {
  key: string;
  limit: number;
}

export type Taken = { allowed: true } | { allowed: false; resetInMs: number };

/**
 * Fixed-window counters in time buckets (window N covers [N·windowMs, (N+1)·windowMs)): a
 * counter of a past window is simply never read again and expires on its own, so nothing is
 * ever swept. Redis in production (shared by every api instance), in-process when embedded.
 */
export interface CounterStore {
  /** The key's count in the current window; 0 when it has none. */
  get: (key: string, windowMs: number) => Promise<number>;
  /**
   * Atomically, in order: at the first key already at its limit, stops and answers when its
   * window ends, having written nothing; when none is, adds one to each and allows.
   */
  take: (limits: CounterLimit[], windowMs: number) => Promise<Taken>;
  /** Adds `by` to the key's count (never below zero; giving back creates nothing) and answers it. */
  add: (key: string, windowMs: number, by?: number) => Promise<number>;
  delete: (keys: string[], windowMs: number) => Promise<void>;
}

/** The current window of `windowMs` at `now`, and when it ends. */
export function windowAt(now: number, windowMs: number) {
  const bucket = Math.floor(now / windowMs);
  const endsAt = (bucket + 1) * windowMs;
  return { bucket, endsAt, resetInMs: endsAt - now };
}
