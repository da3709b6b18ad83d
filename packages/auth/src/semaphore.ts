import { AppError } from '@saffron/shared';

/**
 * Caps concurrent expensive work (argon2: ~19 MiB and tens of milliseconds each) and the
 * queue in front of it, so a flood of sign-ins cannot exhaust memory or starve the server.
 */
export class Semaphore {
  readonly #max: number;
  readonly #maxQueued: number;
  #active = 0;
  readonly #waiting: (() => void)[] = [];

  constructor(max: number, maxQueued: number) {
    this.#max = max;
    this.#maxQueued = maxQueued;
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    await this.#acquire();
    try {
      return await task();
    } finally {
      this.#release();
    }
  }

  #acquire(): Promise<void> {
    if (this.#active < this.#max) {
      this.#active += 1;
      return Promise.resolve();
    }
    if (this.#waiting.length >= this.#maxQueued) {
      throw new AppError('TOO_MANY_REQUESTS', 'The server is busy; try again in a moment', {
        retryAfterSeconds: 1,
      });
    }
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  /** Hands the slot straight to the next waiter, so the count never dips and refills. */
  #release(): void {
    const next = this.#waiting.shift();
    if (next) next();
    else this.#active -= 1;
  }
}
