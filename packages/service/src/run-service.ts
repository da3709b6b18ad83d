import { SetupError } from '@saffron/shared';
import type { FastifyInstance } from 'fastify';
import { createLogger, type Logger } from './logger.ts';
import { handleShutdownSignals } from './shutdown.ts';

export interface ServiceOptions {
  name: string;
  port: number;
  /** The service's parsed configuration (see `serviceEnvShape`). */
  env: { HOST: string; LOG_LEVEL: string; LOG_FORMAT: 'json' | 'pretty' };
  /** Opens connections and builds the server; `close` releases what `start` opened. */
  start: (logger: Logger) => Promise<{ app: FastifyInstance; close: () => Promise<void> }>;
}

/**
 * The life of a service process: start, listen, and on SIGTERM finish in-flight requests
 * before closing connections. A failure to start is logged once and exits non-zero.
 */
export async function runService({ name, port, env, start }: ServiceOptions): Promise<void> {
  const logger = createLogger({ name, level: env.LOG_LEVEL, format: env.LOG_FORMAT });
  try {
    const { app, close } = await start(logger);
    handleShutdownSignals(logger, async () => {
      await app.close();
      await close();
    });
    await app.listen({ host: env.HOST, port });
    logger.info(`${name} ready`);
  } catch (error) {
    if (error instanceof SetupError) logger.fatal(`${name} cannot start: ${error.message}`);
    else logger.fatal({ err: error }, `${name} failed to start`);
    // Exit now: whatever `start` opened before failing would keep the process alive.
    process.exit(1);
  }
}
