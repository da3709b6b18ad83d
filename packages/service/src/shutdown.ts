import type { Logger } from 'pino';

/**
 * On SIGTERM/SIGINT: stop taking requests, let in-flight ones finish, close connections,
 * then let the event loop drain so the last log lines are flushed. A second signal or the
 * timeout forces the exit.
 */
export function handleShutdownSignals(
  logger: Logger,
  close: () => Promise<void>,
  timeoutMs = 10_000,
): void {
  let closing = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (closing) {
      logger.warn({ signal }, 'second signal, exiting now');
      process.exit(1);
    }
    closing = true;
    logger.info({ signal }, 'shutting down');
    setTimeout(() => {
      logger.error({ timeoutMs }, 'shutdown timed out, exiting');
      process.exit(1);
    }, timeoutMs).unref();
    close().then(
      () => logger.info('shutdown complete'),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exitCode = 1;
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
