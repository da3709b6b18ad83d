/** A fixed-window counter: how many hits, and how long until the window resets. */
export interface Counter {
  count: number;
  resetInMs: number;
}

/** Redis in production (shared by every api instance), in-process in the embedded mode. */
export interface CounterStore {
  /** Adds one to each key, starting a window of `windowMs` for keys that had none. */
  increment: (keys: string[], windowMs: number) => Promise<Counter[]>;
  /** Takes one back (never below zero): a success should not count against anyone. */
  decrement: (keys: string[]) => Promise<void>;
  delete: (keys: string[]) => Promise<void>;
}
