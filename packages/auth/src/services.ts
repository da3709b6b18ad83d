import type { Database, Kysely } from '@saffron/db';
import { createLocalPubSub, createRedisPubSub, type PubSub, type Redis } from '@saffron/service';
import { PasswordHasher, type PasswordHasherOptions } from './password.ts';
import { createMemoryCounterStore } from './rate-limit/memory-counters.ts';
import {
  DEFAULT_LOGIN_POLICY,
  LoginLimiter,
  type LoginLimitPolicy,
} from './rate-limit/login-limiter.ts';
import { createRedisCounterStore } from './rate-limit/redis-counters.ts';
import { SessionManager } from './sessions/manager.ts';
import { createPostgresSessionStore } from './sessions/postgres-store.ts';
import { createRedisSessionStore } from './sessions/redis-store.ts';
import { sessionRevocationsOn, type SessionRevocations } from './sessions/revocations.ts';
import { DEFAULT_SESSION_CONFIG, type SessionConfig } from './sessions/types.ts';

export interface AuthServices {
  sessions: SessionManager;
  passwords: PasswordHasher;
  loginLimiter: LoginLimiter;
  revocations: SessionRevocations;
}

export interface AuthServicesOptions {
  db: Kysely<Database>;
  /** With Redis: sessions and limits shared by every instance. Without: Postgres and in-process. */
  redis?: Redis | undefined;
  /** Where revocations are announced: the process's pub/sub (on `redis` when not given). */
  pubsub?: PubSub;
  session?: Partial<SessionConfig>;
  loginPolicy?: LoginLimitPolicy;
  passwords?: PasswordHasherOptions;
  now?: () => Date;
}

export function createAuthServices(options: AuthServicesOptions): AuthServices {
  const now = options.now ?? (() => new Date());
  const store = options.redis
    ? createRedisSessionStore(options.redis)
    : createPostgresSessionStore(options.db);
  const counters = options.redis
    ? createRedisCounterStore(options.redis)
    : createMemoryCounterStore(() => now().getTime());
  const pubsub =
    options.pubsub ?? (options.redis ? createRedisPubSub(options.redis) : createLocalPubSub());
  const revocations = sessionRevocationsOn(pubsub);
  const config = { ...DEFAULT_SESSION_CONFIG, ...options.session };
  return {
    sessions: new SessionManager(store, config, now, revocations),
    revocations,
    passwords: new PasswordHasher(options.passwords),
    loginLimiter: new LoginLimiter(counters, options.loginPolicy ?? DEFAULT_LOGIN_POLICY),
  };
}

/** What a server's configuration (serviceEnvShape) says about sessions. */
export interface SessionEnv {
  SESSION_IDLE_TIMEOUT: number;
  SESSION_ABSOLUTE_LIFETIME: number;
  SESSION_MAX_PER_USER: number;
}

export function sessionConfigFrom(env: SessionEnv): Partial<SessionConfig> {
  return {
    idleTimeoutMs: env.SESSION_IDLE_TIMEOUT,
    absoluteLifetimeMs: env.SESSION_ABSOLUTE_LIFETIME,
    maxPerUser: env.SESSION_MAX_PER_USER,
  };
}
