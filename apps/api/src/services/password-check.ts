import { findUserCredentials, type User } from '@saffron/db';
import { AppError, ZUsername } from '@saffron/shared';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Context } from '../trpc/context.ts';

/**
 * A password check under the login limits (per address, per account): the account when the
 * password is right, undefined otherwise. A username no account can have is answered at once,
 * before the limiter; an unknown one costs the same argon2 work as a real one; a wrong guess
 * on an account under attack is answered slowly. The caller reports success to the limiter
 * once it has accepted the account.
 */
export async function checkPassword(
  ctx: Context,
  input: { username: string; password: string; tooManyMessage: string },
): Promise<(User & { passwordHash: string }) | undefined> {
  const shaped = ZUsername.safeParse(input.username);
  if (!shaped.success) return undefined;
  const username = shaped.data;
  const { loginLimiter } = ctx.auth;
  const attempt = await loginLimiter.attempt(username, ctx.request.ip);
  if (!attempt.allowed) {
    throw new AppError('TOO_MANY_REQUESTS', input.tooManyMessage, {
      retryAfterSeconds: attempt.retryAfterSeconds,
    });
  }
  const found = await findUserCredentials(ctx.db, username);
  const valid = found
    ? await ctx.auth.passwords.verify(found.passwordHash, input.password)
    : await ctx.auth.passwords.verifyAgainstDummy(input.password);
  if (valid) return found;
  await sleep(await loginLimiter.failed(username, ctx.request.ip));
  return undefined;
}
