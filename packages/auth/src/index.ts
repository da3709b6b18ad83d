export { authenticate, requireApp, type Authenticated } from './authenticate.ts';
export { OWASP_ARGON2ID, PasswordHasher, type PasswordHasherOptions } from './password.ts';
export type { CounterLimit, CounterStore, Taken } from './rate-limit/counters.ts';
export {
  DEFAULT_LOGIN_POLICY,
  LoginLimiter,
  type LoginAttempt,
  type LoginLimitPolicy,
} from './rate-limit/login-limiter.ts';
export { createMemoryCounterStore } from './rate-limit/memory-counters.ts';
export { createRedisCounterStore } from './rate-limit/redis-counters.ts';
export { UserLimiter, type UserLimitPolicy } from './rate-limit/user-limiter.ts';
export {
  createAuthServices,
  sessionConfigFrom,
  type AuthServices,
  type AuthServicesOptions,
  type SessionEnv,
} from './services.ts';
export { SessionManager, type SessionMeta } from './sessions/manager.ts';
export { createPostgresSessionStore } from './sessions/postgres-store.ts';
export { createRedisSessionStore } from './sessions/redis-store.ts';
export { sessionRevocationsOn, type SessionRevocations } from './sessions/revocations.ts';
export {
  DEFAULT_SESSION_CONFIG,
  type Session,
  type SessionConfig,
  type SessionStore,
} from './sessions/types.ts';
export { generateSessionToken, isWellFormedToken, sessionIdFromToken } from './tokens.ts';
