import type { StandardSchemaV1 } from '@t3-oss/env-core';
import { z } from 'zod';
import { parseAllowedHost } from './safe-fetch/allowed-hosts.ts';

/** Thrown when configuration is missing or malformed; the message names every bad variable. */
export class EnvError extends Error {
  override readonly name = 'EnvError';
  readonly variables: string[];

  constructor(problems: { variable: string; message: string }[]) {
    super(
      'Invalid configuration: ' +
        problems.map(({ variable, message }) => `${variable}: ${message}`).join('; '),
    );
    this.variables = problems.map(({ variable }) => variable);
  }
}

/** t3-env hands us standard-schema issues; turn them into one readable line. */
export function onInvalidEnv(issues: readonly StandardSchemaV1.Issue[]): never {
  throw new EnvError(
    issues.map((issue) => {
      const [first] = issue.path ?? [];
      const key = typeof first === 'object' ? first.key : first;
      return { variable: String(key ?? '(unknown)'), message: issue.message };
    }),
  );
}

const postgresUrl = z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL' });

const DURATION_UNITS = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** "90s", "30m", "12h", "14d" to milliseconds. */
const duration = (fallback: string) =>
  z
    .string()
    .regex(/^\d+[smhd]$/, { error: 'must be a duration such as 90s, 30m, 12h or 14d' })
    .default(fallback)
    .transform((value) => Number(value.slice(0, -1)) * DURATION_UNITS[value.at(-1) as 's']);

const origin = z
  .url({ error: 'must list origins such as https://recipes.example.com' })
  .refine((value) => new URL(value).origin === value, {
    error: 'must be origins only (scheme, host, port; no path)',
  });

/** The address people open Saffron at; a trailing slash is forgiven, a path is not. */
const publicUrl = z
  .url({
    protocol: /^https?$/,
    error: 'must be an http(s):// URL such as https://recipes.example.com',
  })
  .refine(
    (value) => {
      const url = URL.parse(value); // a malformed value has its error from z.url already
      return !url || (url.pathname === '/' && !url.search && !url.hash);
    },
    { error: 'must be the origin only (scheme, host, port; no path)' },
  )
  .transform((value) => new URL(value).origin)
  .optional();

/** "a, b,,c" → ["a", "b", "c"]; unset → []. */
const commaList = z
  .string()
  .default('')
  .transform((value) =>
    value
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean),
  );

/** Comma-separated origins other apps may call from (the page's own origin is always allowed). */
const originList = commaList.pipe(z.array(origin));

/** Comma-separated `host` or `host:port` entries (IMPORT_ALLOWED_HOSTS). */
const hostList = commaList.pipe(
  z.array(
    z.string().refine((entry) => parseAllowedHost(entry) !== undefined, {
      error: 'must list hosts such as recipes.lan or 192.168.1.20:8080',
    }),
  ),
);

/** A size in bytes, a whole number of at least 1. */
const bytes = (fallback: number) =>
  z.coerce
    .number({ error: 'must be a number of bytes' })
    .int({ error: 'must be a whole number of bytes' })
    .min(1, { error: 'must be at least 1 byte' })
    .default(fallback);

type TrustProxy = boolean | string[] | ((address: string, hop: number) => boolean);

/** Fastify's trustProxy: false, true, a hop count, or addresses/CIDRs of the proxies. */
const trustProxy = z
  .string()
  .default('false')
  .transform((value): TrustProxy => {
    if (value === 'true' || value === 'false') return value === 'true';
    if (/^\d+$/.test(value)) return (_address, hop) => hop < Number(value);
    return value.split(',').map((item) => item.trim());
  });

/** Fields shared by the services' env.ts files, so every service validates them alike. */
export const envFields = {
  nodeEnv: z.enum(['development', 'test', 'production']).default('development'),
  host: z
    .string()
    .regex(/^[\w.:-]+$/, { error: 'must be a host name or IP address' })
    .default('127.0.0.1'),
  port: (fallback: number) =>
    z.coerce
      .number({ error: 'must be a port number' })
      .int({ error: 'must be a whole number' })
      .min(1, { error: 'must be between 1 and 65535' })
      .max(65_535, { error: 'must be between 1 and 65535' })
      .default(fallback),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  logFormat: z.enum(['json', 'pretty']).optional(),
  databaseUrl: postgresUrl.optional(),
  poolMax: z.coerce.number().int().min(1).max(200).default(10),
  dataDir: z.string().min(1).optional(),
  redisUrl: z.url({ protocol: /^rediss?$/, error: 'must be a redis:// URL' }).optional(),
  origins: originList,
  publicUrl,
  hostList,
  bytes,
  cookieSecure: z.enum(['auto', 'always', 'never']).default('auto'),
  trustProxy,
  duration,
  /** A whole number of at least 1. */
  count: (fallback: number, what: string) =>
    z.coerce
      .number({ error: `must be a number of ${what}` })
      .int({ error: 'must be a whole number' })
      .min(1, { error: `must be at least 1` })
      .default(fallback),
  flag: z
    .enum(['true', 'false', '1', '0'], { error: 'must be true or false' })
    .default('false')
    .transform((value) => value === 'true' || value === '1'),
};

/** Variables every service reads the same way; each env.ts adds its own port and extras. */
export const serviceEnvShape = {
  NODE_ENV: envFields.nodeEnv,
  HOST: envFields.host,
  LOG_LEVEL: envFields.logLevel,
  LOG_FORMAT: envFields.logFormat,
  DATABASE_URL: envFields.databaseUrl,
  DATABASE_POOL_MAX: envFields.poolMax,
  DATA_DIR: envFields.dataDir,
  REDIS_URL: envFields.redisUrl,
  WEB_ORIGINS: envFields.origins,
  PUBLIC_URL: envFields.publicUrl,
  COOKIE_SECURE: envFields.cookieSecure,
  TRUST_PROXY: envFields.trustProxy,
  SESSION_IDLE_TIMEOUT: envFields.duration('14d'),
  SESSION_ABSOLUTE_LIFETIME: envFields.duration('30d'),
  SESSION_MAX_PER_USER: envFields.count(20, 'sessions'),
};

interface ServiceEnvCore {
  NODE_ENV: 'development' | 'test' | 'production';
  DATABASE_URL?: string | undefined;
  PUBLIC_URL?: string | undefined;
  LOG_FORMAT?: 'json' | 'pretty' | undefined;
}

/**
 * Rules across variables: production needs a real database and its public address (the one
 * origin writes may come from, the one host served); people get pretty logs in development.
 */
export function finishServiceEnv<T extends ServiceEnvCore>(env: T) {
  if (env.NODE_ENV === 'production') {
    const missing = (['DATABASE_URL', 'PUBLIC_URL'] as const).filter((name) => !env[name]);
    if (missing.length > 0) {
      throw new EnvError(
        missing.map((variable) => ({ variable, message: 'is required when NODE_ENV=production' })),
      );
    }
  }
  const logFormat = env.LOG_FORMAT ?? (env.NODE_ENV === 'development' ? 'pretty' : 'json');
  return { ...env, LOG_FORMAT: logFormat };
}
