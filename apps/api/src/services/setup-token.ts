import { createHash, randomBytes } from 'node:crypto';
import {
  hasAnyUser,
  insertSetupToken,
  isLiveSetupToken,
  type Database,
  type Kysely,
} from '@saffron/db';
import { AppError } from '@saffron/shared';
import type { FastifyBaseLogger } from 'fastify';
import type { Context } from '../trpc/context.ts';

/**
 * Whoever reached a fresh production install first used to become its admin. Now the first
 * admin needs a token only the operator can read: the api's log at start, or the CLI.
 */
const LIFETIME_SECONDS = 24 * 3600;

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** A new token (160 random bits), kept only as its hash. */
export async function createSetupToken(db: Kysely<Database>): Promise<string> {
  const token = randomBytes(20).toString('base64url');
  await insertSetupToken(db, hashOf(token));
  return token;
}

export const SETUP_TOKEN_HINT =
  'enter it on the first screen within 24 hours (`pnpm saffron setup token` makes another)';

/** At start, when the first admin still has to be made: a token in the log. */
export async function announceSetupToken(
  db: Kysely<Database>,
  logger: FastifyBaseLogger,
  publicUrl: string | undefined,
): Promise<void> {
  if (await hasAnyUser(db)) return;
  const token = await createSetupToken(db);
  logger.warn(
    `First run: open ${publicUrl ?? 'Saffron'}; setup token: ${token} (${SETUP_TOKEN_HINT})`,
  );
}

/** Checked before anything costly (the password hash) is done for the caller. */
export async function requireSetupToken(ctx: Context, token: string | undefined): Promise<void> {
  if (!ctx.config.requireSetupToken) return;
  const live =
    token !== undefined &&
    token !== '' &&
    (await isLiveSetupToken(ctx.db, { tokenHash: hashOf(token), maxAgeSeconds: LIFETIME_SECONDS }));
  if (live) return;
  const message = token
    ? 'That setup token is wrong or has expired'
    : 'Enter the setup token printed in the api log';
  throw new AppError('FORBIDDEN', message, { fieldErrors: { setupToken: [message] } });
}
