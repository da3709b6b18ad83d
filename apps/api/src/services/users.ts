import {
  countActiveAdmins,
  findUserById,
  insertUser,
  listUsers,
  updateUser,
  type User,
} from '@saffron/db';
import { AppError, type TAdminCreateUser, type TAdminUpdateUser } from '@saffron/shared';
import type { Context } from '../trpc/context.ts';
import { usernameTaken } from './sign-in.ts';

export function listAllUsers(ctx: Context): Promise<User[]> {
  return listUsers(ctx.db);
}

export async function createUser(ctx: Context, input: TAdminCreateUser): Promise<User> {
  const passwordHash = await ctx.auth.passwords.hash(input.password);
  const user = await insertUser(ctx.db, { ...input, passwordHash });
  if (!user) throw usernameTaken();
  return user;
}

/**
 * Role, app access, disabling and password resets. Disabling or resetting revokes the
 * user's sessions at once; the last active admin cannot be demoted or disabled.
 */
export async function changeUser(ctx: Context, input: TAdminUpdateUser): Promise<User> {
  const { id, password, ...changes } = input;
  const target = await findUserById(ctx.db, id);
  if (!target) throw AppError.notFound('User');
  const losesAdmin =
    target.role === 'admin' &&
    !target.disabled &&
    (changes.role === 'user' || changes.disabled === true);
  if (losesAdmin && (await countActiveAdmins(ctx.db)) <= 1) {
    throw new AppError('CONFLICT', 'Saffron needs at least one active admin');
  }
  const passwordHash = password === undefined ? undefined : await ctx.auth.passwords.hash(password);
  const hasChanges = Object.values({ ...changes, passwordHash }).some(
    (value) => value !== undefined,
  );
  const updated = hasChanges ? await updateUser(ctx.db, id, { ...changes, passwordHash }) : target;
  if (!updated) throw AppError.notFound('User');
  if (changes.disabled === true || passwordHash) await ctx.auth.sessions.revokeAllForUser(id);
  return updated;
}
