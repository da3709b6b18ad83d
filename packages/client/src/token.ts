/** A bearer token, or where to read it fresh for every call. */
export type TokenOption = string | (() => string | undefined);

/** The Authorization header for a token; browsers send none and use the session cookie. */
export function authorizationHeader(token: TokenOption | undefined): Record<string, string> {
  const value = typeof token === 'function' ? token() : token;
  return value ? { authorization: `Bearer ${value}` } : {};
}
