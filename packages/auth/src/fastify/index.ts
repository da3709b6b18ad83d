export {
  clearSessionCookie,
  hasSessionCookie,
  readSessionToken,
  setSessionCookie,
  type CookieSecurity,
} from './session-cookie.ts';
export {
  corsOptions,
  createRequestGuard,
  isAllowedOrigin,
  type RequestGuardOptions,
} from './request-guard.ts';
