import { AppError } from '@saffron/shared';
import type { CounterStore } from './counters.ts';

export interface UserLimitPolicy {
  /** What is limited, for the counter keys and the message: "imports". */
  action: string;
  limit: number;
  windowMs: number;
}

/**
 * At most `limit` of an action per user per window, on every instance at once (the counters
 * live in Redis in production). Past it: 429 with when to come back, and nothing counted.
 */
export class UserLimiter {
  readonly #counters: CounterStore;
  readonly #policy: UserLimitPolicy;

  constructor(counters: CounterStore, policy: UserLimitPolicy) {
    this.#counters = counters;
    this.#policy = policy;
  }

  async take(userId: string): Promise<void> {
    const key = `limit:${this.#policy.action}:${userId}`;
    const taken = await this.#counters.take(
      [{ key, limit: this.#policy.limit }],
      this.#policy.windowMs,
    );
    if (taken.allowed) return;
    const minutes = Math.max(1, Math.ceil(taken.resetInMs / 60_000));
    throw new AppError(
      'TOO_MANY_REQUESTS',
      `Too many ${this.#policy.action} for now; try again in ${minutes} minute${minutes === 1 ? '' : 's'}`,
      { retryAfterSeconds: Math.max(1, Math.ceil(taken.resetInMs / 1000)) },
    );
  }
}
