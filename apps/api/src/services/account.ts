import { updateUser } from '@saffron/db';
import { AppError, type Language, type TChangePassword, type TSessionInfo } from '@saffron/shared';
import type { AuthedContext } from '../trpc/context.ts';
import { checkPassword } from './password-check.ts';

/** Changing the password signs out every other session (ASVS 3.3.3). */
export async function changePassword(ctx: AuthedContext, input: TChangePassword): Promise<void> {
  const { user } = ctx;
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
  await revokeOtherSessions(ctx);
}

export async function listSessions(ctx: AuthedContext): Promise<TSessionInfo[]> {
  const sessions = await ctx.auth.sessions.listForUser(ctx.user.id);
  return sessions.map((each) => ({
    id: each.id,
    createdAt: each.createdAt,
    lastSeenAt: each.renewedAt,
    expiresAt: each.idleExpiresAt,
    userAgent: each.userAgent,
    ip: each.ip,
    current: each.id === ctx.session.id,
  }));
}

/** "Sign out all other devices": one call, whatever their number. */
export async function revokeOtherSessions(ctx: AuthedContext): Promise<void> {
  await ctx.auth.sessions.revokeAllForUser(ctx.user.id, ctx.session.id);
}

/** Only the caller's own sessions can be found here; any other id is 404. */
export async function revokeSession(ctx: AuthedContext, id: string): Promise<void> {
  const sessions = await ctx.auth.sessions.listForUser(ctx.user.id);
  const target = sessions.find((each) => each.id === id);
  if (!target) throw AppError.notFound('Session');
  await ctx.auth.sessions.revoke(target);
  if (target.id === ctx.session.id) ctx.request.clearSessionCookie();
}

export async function setLanguage(ctx: AuthedContext, language: Language | null) {
  const user = await updateUser(ctx.db, ctx.user.id, { language });
  if (!user) throw AppError.notFound('User');
  return user;
}
