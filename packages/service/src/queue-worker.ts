import type { BaseLogger } from 'pino';

/** 2, 4, 8 ... seconds after each failure, at most `maxSeconds`: an outage delays, never drops. */
export function backoffSeconds(attempts: number, maxSeconds: number): number {
  return Math.min(2 ** attempts, maxSeconds);
}

/** How long a failing `prepare` waits between tries, at most. */
const MAX_PREPARE_DELAY_SECONDS = 60;

export interface QueueWorkerOptions {
  /** One batch; resolves to how many items it completed. */
  drainOnce: () => Promise<number>;
  /** A batch this full means more is waiting: drain again at once. */
  batchSize: number;
  /** How long to wait after a short batch before looking again. */
  idleMs: number;
  logger: Pick<BaseLogger, 'error'>;
  /** Names the queue in logs, e.g. "search outbox". */
  what: string;
  /** Runs before the first drain, retried with backoff until it succeeds. */
  prepare?: () => Promise<void>;
}

/**
 * Drives a database work queue in the background: drains batch after batch while they come
 * full, then waits `idleMs` (or less, when nudged). A failing drain is logged and the loop
 * keeps going; stop() interrupts any wait and resolves once the current batch is done.
 */
export function createQueueWorker(options: QueueWorkerOptions) {
  const { drainOnce, batchSize, idleMs, logger, what, prepare } = options;
  let stopped = false;
  // Set by nudge(); a nudge during a drain or a prepare makes the next wait end at once.
  let nudged = false;
  let running: Promise<void> | undefined;
  let wake: (() => void) | undefined;

  const wait = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
      if (stopped || nudged) wake();
    });

  const prepared = async () => {
    for (let failures = 1; !stopped; failures++) {
      nudged = false;
      try {
        await prepare?.();
        return;
      } catch (error) {
        const delaySeconds = backoffSeconds(failures, MAX_PREPARE_DELAY_SECONDS);
        logger.error({ err: error, delaySeconds }, `${what} cannot start yet; will retry`);
        await wait(delaySeconds * 1000);
      }
    }
  };

  const loop = async () => {
    await prepared();
    while (!stopped) {
      nudged = false;
      const drained = await drainOnce().catch((error: unknown) => {
        logger.error({ err: error }, `${what} unreachable`);
        return 0;
      });
      if (drained < batchSize) await wait(idleMs);
    }
  };

  return {
    drainOnce,
    start: () => {
      running ??= loop();
    },
    /** Something was just queued: look now rather than at the next interval. */
    nudge: () => {
      nudged = true;
      wake?.();
    },
    stop: async () => {
      stopped = true;
      wake?.();
      await running;
    },
  };
}

export type QueueWorker = ReturnType<typeof createQueueWorker>;

export interface BatchWorkerOptions<Item> {
  /** Leases up to `batchSize` due items. */
  claim: (batchSize: number) => Promise<Item[]>;
  /** One item, settled or retried by the caller's own rules; items of a batch run together. */
  handle: (item: Item) => Promise<void>;
  batchSize: number;
  logger: Pick<BaseLogger, 'error'>;
  what: string;
}

/** A queue worker whose batches are items handled side by side (imports, photo fetches). */
export function createBatchWorker<Item>(options: BatchWorkerOptions<Item>) {
  const { claim, handle, batchSize, logger, what } = options;
  const drainOnce = async (): Promise<number> => {
    const items = await claim(batchSize);
    await Promise.all(items.map(handle));
    return items.length;
  };
  return createQueueWorker({ drainOnce, batchSize, idleMs: 1_000, logger, what });
}
