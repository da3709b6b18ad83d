export {
  clearSessionCookie,
  hasSessionCookie,
  readSessionToken,
  setSessionCookie,
  type CookieSecurity,
} from './session-cookie.ts';
export { createHostGuard } from './host-guard.ts';
export {
  corsOptions,
  createRequestGuard,
  isAllowedOrigin,
  type RequestGuardOptions,
} from './request-guard.ts';
