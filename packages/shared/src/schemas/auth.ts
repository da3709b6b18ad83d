import { z } from 'zod';
import { ZId, ZTimestamp } from './common.ts';
import { ZAppName, ZPassword, ZRole, ZUser, ZUsername } from './user.ts';

export const ZLoginInput = z.object({
  username: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, { error: 'Username is required' })
    .max(64, { error: 'Username is too long' }),
  password: z.string().min(1, { error: 'Password is required' }).max(256),
  /** For scripts and other apps: answer with the token for `Authorization: Bearer`, set no cookie. */
  returnToken: z.boolean().optional(),
});
export type TLoginInput = z.input<typeof ZLoginInput>;

export const ZLoginResult = z.object({
  user: ZUser,
  expiresAt: ZTimestamp,
  token: z.string().optional(),
});

/** First run (no account yet) and, when enabled, self sign-up. */
export const ZNewAccountInput = z.object({ username: ZUsername, password: ZPassword });
export type TNewAccountInput = z.input<typeof ZNewAccountInput>;

/** The first admin; in production with the one-time token the api printed at start. */
export const ZSetupAdminInput = ZNewAccountInput.extend({
  setupToken: z.string().trim().max(200, { error: 'That is not a setup token' }).optional(),
});

export const ZChangePasswordInput = z
  .object({
    currentPassword: z.string().min(1, { error: 'Enter your current password' }).max(256),
    newPassword: ZPassword,
  })
  .refine((input) => input.currentPassword !== input.newPassword, {
    path: ['newPassword'],
    error: 'Choose a password different from the current one',
  });
export type TChangePasswordInput = z.input<typeof ZChangePasswordInput>;

export const ZSessionInfo = z.object({
  id: z.string(),
  createdAt: ZTimestamp,
  lastSeenAt: ZTimestamp,
  expiresAt: ZTimestamp,
  userAgent: z.string().nullable(),
  ip: z.string().nullable(),
  current: z.boolean(),
});
export type TSessionInfo = z.infer<typeof ZSessionInfo>;

export const ZRevokeSessionInput = z.object({ id: z.string().regex(/^[0-9a-f]{64}$/) });

export const ZAdminCreateUserInput = z.object({
  username: ZUsername,
  password: ZPassword,
  role: ZRole.default('user'),
  apps: z.array(ZAppName).default(['recipes', 'grocery']),
});
export type TAdminCreateUserInput = z.input<typeof ZAdminCreateUserInput>;

export const ZAdminUpdateUserInput = z.object({
  id: ZId,
  role: ZRole.optional(),
  apps: z.array(ZAppName).optional(),
  disabled: z.boolean().optional(),
  /** A password reset: the user's sessions are revoked. */
  password: ZPassword.optional(),
});
export type TAdminUpdateUserInput = z.input<typeof ZAdminUpdateUserInput>;

/** Parsed forms of the inputs above: what services receive once a schema has validated. */
export type TLogin = z.output<typeof ZLoginInput>;
export type TNewAccount = z.output<typeof ZNewAccountInput>;
export type TSetupAdmin = z.output<typeof ZSetupAdminInput>;
export type TChangePassword = z.output<typeof ZChangePasswordInput>;
export type TAdminCreateUser = z.output<typeof ZAdminCreateUserInput>;
export type TAdminUpdateUser = z.output<typeof ZAdminUpdateUserInput>;
