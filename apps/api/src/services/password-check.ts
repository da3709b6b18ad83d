import { findUserCredentials, type User } from '@saffron/db';
import { AppError } from '@saffron/shared';
import type { Context } from '../trpc/context.ts';

/**
 * A password check under the login limits (per username and per address): the account when
 * the password is right, undefined otherwise. An unknown username costs the same argon2 work.
 * The caller reports success to the limiter once it has accepted the account.
 */
export async function checkPassword(
  ctx: Context,
  input: { username: string; password: string; tooManyMessage: string },
): Promise<(User & { passwordHash: string }) | undefined> {
  const attempt = await ctx.auth.loginLimiter.attempt(input.username, ctx.request.ip);
  if (!attempt.allowed) {
    throw new AppError('TOO_MANY_REQUESTS', input.tooManyMessage, {
      retryAfterSeconds: attempt.retryAfterSeconds,
    });
  }
  const found = await findUserCredentials(ctx.db, input.username);
  const valid = found
    ? await ctx.auth.passwords.verify(found.passwordHash, input.password)
    : await ctx.auth.passwords.verifyAgainstDummy(input.password);
  return valid ? found : undefined;
}
