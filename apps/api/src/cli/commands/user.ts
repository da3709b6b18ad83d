import { findUserByUsername, listUsers, type User } from '@saffron/db';
import { APPS, ZAdminCreateUserInput, ZAppName, ZPassword, ZUsername } from '@saffron/shared';
import { changeUser, createUser } from '../../services/users.ts';
import type { Context } from '../../trpc/context.ts';
import { parse } from '../args.ts';
import { UsageError, type Command } from '../command.ts';

function oneUsername(positionals: string[]): string {
  if (positionals.length !== 1) throw new UsageError('Give exactly one username');
  const parsed = ZUsername.safeParse(positionals[0]);
  if (!parsed.success) throw new UsageError(parsed.error.issues[0]!.message);
  return parsed.data;
}

async function existingUser(api: Context, username: string): Promise<User> {
  const user = await findUserByUsername(api.db, username);
  if (!user) throw new Error(`No user named ${username}`);
  return user;
}

function validPassword(password: string): string {
  const parsed = ZPassword.safeParse(password);
  if (!parsed.success) throw new Error(parsed.error.issues[0]!.message);
  return parsed.data;
}

export const userCreate: Command = {
  name: 'user create',
  summary: 'Create an account (password from stdin or prompted)',
  usage: 'user create <username> [--admin] [--apps recipes,grocery]',
  async run(args, { api, io }) {
    const { positionals, values } = parse(args, {
      admin: { type: 'boolean' },
      apps: { type: 'string' },
    });
    const username = oneUsername(positionals);
    const apps =
      typeof values.apps === 'string'
        ? values.apps.split(',').map((app: string) => app.trim())
        : [...APPS];
    const invalid = apps.filter((app) => !ZAppName.safeParse(app).success);
    if (invalid.length > 0)
      throw new UsageError(`Unknown app(s): ${invalid.join(', ')} (known: ${APPS.join(', ')})`);
    const password = validPassword(await io.readNewPassword());
    const input = ZAdminCreateUserInput.parse({
      username,
      password,
      apps,
      role: values.admin ? 'admin' : 'user',
    });
    const user = await createUser(await api(), input);
    io.out(`Created ${user.role} ${user.username} with access to ${user.apps.join(', ')}.`);
  },
};

export const userList: Command = {
  name: 'user list',
  summary: 'List accounts',
  async run(_args, { api, io }) {
    const users = await listUsers((await api()).db);
    if (users.length === 0) return io.out('No accounts yet.');
    const rows = users.map((u) => [
      u.username,
      u.role,
      u.apps.join(','),
      u.disabled ? 'disabled' : 'active',
    ]);
    const widths = [0, 1, 2].map((i) => Math.max(...rows.map((row) => row[i]!.length), 8));
    for (const row of [['USERNAME', 'ROLE', 'APPS', 'STATUS'], ...rows]) {
      io.out(row.map((cell, i) => (i < 3 ? cell.padEnd(widths[i]!) : cell)).join('  '));
    }
  },
};

function setDisabled(disabled: boolean): Command['run'] {
  return async (args, { api, io }) => {
    const context = await api();
    const user = await existingUser(context, oneUsername(parse(args).positionals));
    await changeUser(context, { id: user.id, disabled });
    io.out(
      disabled
        ? `Disabled ${user.username}; their sessions are signed out.`
        : `Enabled ${user.username}.`,
    );
  };
}

export const userDisable: Command = {
  name: 'user disable',
  summary: 'Disable an account and sign out its sessions',
  usage: 'user disable <username>',
  run: setDisabled(true),
};

export const userEnable: Command = {
  name: 'user enable',
  summary: 'Enable a disabled account',
  usage: 'user enable <username>',
  run: setDisabled(false),
};

export const userResetPassword: Command = {
  name: 'user reset-password',
  summary: 'Set a new password (from stdin or prompted) and sign out its sessions',
  usage: 'user reset-password <username>',
  async run(args, { api, io }) {
    const context = await api();
    const user = await existingUser(context, oneUsername(parse(args).positionals));
    const password = validPassword(await io.readNewPassword());
    await changeUser(context, { id: user.id, password });
    io.out(`New password set for ${user.username}; their sessions are signed out.`);
  },
};
