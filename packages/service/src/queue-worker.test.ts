import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  backoffSeconds,
  createQueueWorker,
  type QueueWorker,
  type QueueWorkerOptions,
} from './queue-worker.ts';

const IDLE_MS = 60_000;

function workerWith(drainOnce: () => Promise<number>, options: Partial<QueueWorkerOptions> = {}) {
  const logger = { error: vi.fn() };
  const drain = vi.fn(drainOnce);
  const worker = createQueueWorker({
    drainOnce: drain,
    batchSize: 10,
    idleMs: IDLE_MS,
    logger,
    what: 'test queue',
    ...options,
  });
  return { worker, drain, logger };
}

/** Lets pending promise callbacks run, without moving the clock. */
const settle = () => vi.advanceTimersByTimeAsync(0);

/** Whether stop() resolves with the clock standing still: no wait is sat out. */
async function stopsAtOnce(worker: QueueWorker): Promise<boolean> {
  await settle();
  let stopped = false;
  void worker.stop().then(() => (stopped = true));
  await settle();
  return stopped;
}

describe('queue worker', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('drains again at once while batches come full, then waits', async () => {
    const sizes = [10, 10, 3];
    const { worker, drain } = workerWith(() => Promise.resolve(sizes.shift() ?? 0));
    worker.start();
    await settle();
    expect(drain).toHaveBeenCalledTimes(3);
    await vi.advanceTimersByTimeAsync(IDLE_MS);
    expect(drain).toHaveBeenCalledTimes(4);
    await worker.stop();
  });

  it('stops promptly, without waiting out the interval', async () => {
    const { worker, drain } = workerWith(() => Promise.resolve(0));
    worker.start();
    expect(await stopsAtOnce(worker)).toBe(true);
    expect(drain).toHaveBeenCalledTimes(1);
  });

  it('wakes early when nudged', async () => {
    const { worker, drain } = workerWith(() => Promise.resolve(0));
    worker.start();
    await settle();
    worker.nudge();
    await settle();
    expect(drain).toHaveBeenCalledTimes(2);
    await worker.stop();
  });

  it('keeps a nudge that arrives during a drain', async () => {
    let finish = () => {};
    const { worker, drain } = workerWith(
      () => new Promise<number>((resolve) => (finish = () => resolve(0))),
    );
    worker.start();
    await settle();
    worker.nudge(); // the batch in flight may have missed what was just queued
    finish();
    await settle();
    expect(drain).toHaveBeenCalledTimes(2);
    finish();
    await settle();
    expect(drain).toHaveBeenCalledTimes(2); // no nudge this time: back to waiting
    await worker.stop();
  });

  it('logs a failed drain and keeps going', async () => {
    let calls = 0;
    const { worker, drain, logger } = workerWith(() =>
      calls++ === 0 ? Promise.reject(new Error('connection refused')) : Promise.resolve(0),
    );
    worker.start();
    await settle();
    expect(logger.error).toHaveBeenCalledWith(
      { err: expect.any(Error) as Error },
      'test queue unreachable',
    );
    await vi.advanceTimersByTimeAsync(IDLE_MS);
    expect(drain).toHaveBeenCalledTimes(2);
    await worker.stop();
  });

  it('prepares before the first drain, retrying with backoff until it succeeds', async () => {
    let failuresLeft = 2;
    const prepare = vi.fn(() =>
      failuresLeft-- > 0 ? Promise.reject(new Error('not there yet')) : Promise.resolve(),
    );
    const { worker, drain, logger } = workerWith(() => Promise.resolve(0), { prepare });
    worker.start();
    await settle();
    expect(prepare).toHaveBeenCalledTimes(1);
    expect(logger.error).toHaveBeenCalledWith(
      { err: expect.any(Error) as Error, delaySeconds: 2 },
      'test queue cannot start yet; will retry',
    );
    await vi.advanceTimersByTimeAsync(2_000);
    expect(prepare).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(3_999);
    expect(prepare).toHaveBeenCalledTimes(2);
    expect(drain).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(prepare).toHaveBeenCalledTimes(3);
    expect(drain).toHaveBeenCalledTimes(1);
    await worker.stop();
  });

  it('stops promptly while still preparing', async () => {
    const { worker, drain } = workerWith(() => Promise.resolve(0), {
      prepare: () => Promise.reject(new Error('not there yet')),
    });
    worker.start();
    expect(await stopsAtOnce(worker)).toBe(true);
    expect(drain).not.toHaveBeenCalled();
  });

  it('backs off exponentially, up to the limit', () => {
    expect([1, 2, 3, 8, 9, 20].map((n) => backoffSeconds(n, 300))).toEqual([
      2, 4, 8, 256, 300, 300,
    ]);
  });
});
