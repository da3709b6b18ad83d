import { createHash, randomBytes } from 'node:crypto';

/** 256 bits from the CSPRNG (Lucia asks for at least 120), URL-safe so it fits headers and cookies. */
const TOKEN_BYTES = 32;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function generateSessionToken(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url');
}

/** Rejects truncated, padded or otherwise malformed tokens before any lookup. */
export function isWellFormedToken(token: string): boolean {
  return TOKEN_PATTERN.test(token);
}

/**
 * The session's id is the SHA-256 of its token: the only form any store keeps, so a leaked
 * store (or a backup of it) holds nothing that signs anyone in.
 */
export function sessionIdFromToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
