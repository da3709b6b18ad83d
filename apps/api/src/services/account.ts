import type { Session } from '@saffron/auth';
import { updateUser, type User } from '@saffron/db';
import { AppError, type TChangePassword, type TSessionInfo } from '@saffron/shared';
import type { Context } from '../trpc/context.ts';
import { checkPassword } from './password-check.ts';

interface Signed {
  user: User;
  session: Session;
}

/** Changing the password signs out every other session (ASVS 3.3.3). */
export async function changePassword(
  ctx: Context,
  { user, session }: Signed,
  input: TChangePassword,
): Promise<void> {
  const valid = await checkPassword(ctx, {
    username: user.username,
    password: input.currentPassword,
    tooManyMessage: 'Too many attempts; wait a while and try again',
  });
  if (!valid) {
    throw new AppError('BAD_REQUEST', 'The current password is not correct', {
      fieldErrors: { currentPassword: ['The current password is not correct'] },
    });
  }
  await ctx.auth.loginLimiter.succeeded(user.username, ctx.request.ip);
  await updateUser(ctx.db, user.id, {
    passwordHash: await ctx.auth.passwords.hash(input.newPassword),
  });
  await revokeOtherSessions(ctx, { user, session });
}

export async function listSessions(
  ctx: Context,
  { user, session }: Signed,
): Promise<TSessionInfo[]> {
  const sessions = await ctx.auth.sessions.listForUser(user.id);
  return sessions.map((each) => ({
    id: each.id,
    createdAt: each.createdAt,
    lastSeenAt: each.renewedAt,
    expiresAt: each.idleExpiresAt,
    userAgent: each.userAgent,
    ip: each.ip,
    current: each.id === session.id,
  }));
}

/** "Sign out all other devices": one call, whatever their number. */
export async function revokeOtherSessions(ctx: Context, { user, session }: Signed): Promise<void> {
  await ctx.auth.sessions.revokeAllForUser(user.id, session.id);
}

/** Only the caller's own sessions can be found here; any other id is 404. */
export async function revokeSession(ctx: Context, signed: Signed, id: string): Promise<void> {
  const sessions = await ctx.auth.sessions.listForUser(signed.user.id);
  const target = sessions.find((each) => each.id === id);
  if (!target) throw AppError.notFound('Session');
  await ctx.auth.sessions.revoke(target);
  if (target.id === signed.session.id) ctx.request.clearSessionCookie();
}
