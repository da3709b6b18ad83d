import type { Session } from '@saffron/auth';
import {
  deleteSetupTokens,
  findUserByUsername,
  hasAnyUser,
  insertFirstAdmin,
  insertUser,
  type User,
} from '@saffron/db';
import { AppError, type TLogin, type TNewAccount, type TSetupAdmin } from '@saffron/shared';
import type { AuthedContext, Context } from '../trpc/context.ts';
import { checkPassword } from './password-check.ts';
import { requireSetupToken } from './setup-token.ts';

const INVALID_CREDENTIALS = 'Invalid username or password';

export interface SignedIn {
  user: User;
  expiresAt: Date;
  token?: string;
}

/**
 * A new session for the user. Browsers get it as an HttpOnly cookie; a client that asked
 * for the token (scripts, other apps) gets it in the answer and no cookie.
 */
async function startSession(ctx: Context, user: User, returnToken = false): Promise<SignedIn> {
  const { token, session } = await ctx.auth.sessions.create(user.id, {
    userAgent: ctx.request.userAgent,
    ip: ctx.request.ip,
  });
  await revokePresentedSession(ctx);
  if (returnToken) return { user, expiresAt: session.absoluteExpiresAt, token };
  ctx.request.setSessionCookie(token, session.absoluteExpiresAt);
  return { user, expiresAt: session.absoluteExpiresAt };
}

/** Signing in again replaces the session the browser had (no session fixation). */
async function revokePresentedSession(ctx: Context): Promise<void> {
  const { sessionToken } = ctx.request;
  const previous: Session | undefined = sessionToken
    ? await ctx.auth.sessions.validate(sessionToken)
    : undefined;
  if (previous) await ctx.auth.sessions.revoke(previous);
}

export async function signIn(ctx: Context, input: TLogin): Promise<SignedIn> {
  const found = await checkPassword(ctx, {
    username: input.username,
    password: input.password,
    tooManyMessage: 'Too many sign-in attempts; wait a while and try again',
  });
  if (!found) throw new AppError('UNAUTHORIZED', INVALID_CREDENTIALS);
  if (found.disabled) {
    throw new AppError('FORBIDDEN', 'This account is disabled; ask an administrator');
  }
  await ctx.auth.loginLimiter.succeeded(input.username, ctx.request.ip);
  const { passwordHash: _hash, ...user } = found;
  return startSession(ctx, user, input.returnToken);
}

export async function signOut(ctx: AuthedContext): Promise<void> {
  await ctx.auth.sessions.revoke(ctx.session);
  ctx.request.clearSessionCookie();
}

/**
 * Hashing a password costs tens of milliseconds of CPU and 19 MiB: a stranger's request gets
 * it only once every cheap check has passed, and within its address's budget.
 */
async function hashForNewAccount(ctx: Context, password: string): Promise<string> {
  const budget = await ctx.auth.loginLimiter.takeAddress(ctx.request.ip);
  if (!budget.allowed) {
    throw new AppError('TOO_MANY_REQUESTS', 'Too many attempts; wait a while and try again', {
      retryAfterSeconds: budget.retryAfterSeconds,
    });
  }
  return ctx.auth.passwords.hash(password);
}

const alreadySetUp = () => new AppError('CONFLICT', 'Saffron is already set up; sign in instead');

/** First run only: the first account is an admin, created once (with the setup token in production). */
export async function setUpFirstAdmin(ctx: Context, input: TSetupAdmin): Promise<SignedIn> {
  if (await hasAnyUser(ctx.db)) throw alreadySetUp();
  await requireSetupToken(ctx, input.setupToken);
  const passwordHash = await hashForNewAccount(ctx, input.password);
  const user = await insertFirstAdmin(ctx.db, {
    username: input.username,
    passwordHash,
    apps: ['recipes', 'grocery'],
  });
  if (!user) throw alreadySetUp();
  await deleteSetupTokens(ctx.db);
  return startSession(ctx, user);
}

export async function signUp(ctx: Context, input: TNewAccount): Promise<SignedIn> {
  if (!ctx.config.allowSignup) {
    throw new AppError('FORBIDDEN', 'Sign-up is disabled; ask an administrator for an account');
  }
  if (await findUserByUsername(ctx.db, input.username)) throw usernameTaken();
  const passwordHash = await hashForNewAccount(ctx, input.password);
  const user = await insertUser(ctx.db, {
    username: input.username,
    passwordHash,
    role: 'user',
    apps: ['recipes', 'grocery'],
  });
  if (!user) throw usernameTaken();
  return startSession(ctx, user);
}

export function usernameTaken(): AppError {
  return new AppError('CONFLICT', 'That username is taken', {
    fieldErrors: { username: ['That username is taken'] },
  });
}
