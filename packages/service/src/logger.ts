import { pino, type Logger } from 'pino';

export type { Logger };

export interface LoggerOptions {
  name: string;
  level: string;
  /** Pretty output for people at a terminal; JSON (the default in production) for machines. */
  format: 'json' | 'pretty';
}

export function createLogger({ name, level, format }: LoggerOptions): Logger {
  return pino({
    name,
    level,
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
      censor: '[redacted]',
    },
    ...(format === 'pretty'
      ? {
          transport: {
            target: 'pino-pretty',
            options: {
              colorize: true,
              singleLine: true,
              ignore: 'pid,hostname',
              translateTime: 'HH:MM:ss',
            },
          },
        }
      : {}),
  });
}
