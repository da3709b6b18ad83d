import type { FastifyBaseLogger } from 'fastify';

export interface PeriodicTask {
  start: () => void;
  stop: () => void;
}

/**
 * Housekeeping beside requests: `run` once at start (when asked) and every `intervalMs`; a
 * failure is logged and the next round tries again. The timer never keeps a process alive.
 */
export function createPeriodicTask(options: {
  what: string;
  intervalMs: number;
  run: () => Promise<unknown>;
  logger: FastifyBaseLogger;
  runAtStart?: boolean;
}): PeriodicTask {
  let timer: NodeJS.Timeout | undefined;
  const round = () =>
    void options
      .run()
      .catch((error: unknown) =>
        options.logger.warn({ err: error }, `${options.what} failed; it runs again later`),
      );
  return {
    start: () => {
      if (timer) return;
      if (options.runAtStart) round();
      timer = setInterval(round, options.intervalMs).unref();
    },
    stop: () => {
      clearInterval(timer);
      timer = undefined;
    },
  };
}
