import { sql, type Kysely } from 'kysely';
import type { Language, TAppName } from '@saffron/shared';
import type { Database, Role } from '../database.ts';

/** What the application may see of a user: never the password hash. */
export interface User {
  id: string;
  username: string;
  role: Role;
  apps: TAppName[];
  disabled: boolean;
  /** The language their recipes are written in; null: the browser's. */
  language: Language | null;
  createdAt: Date;
}

const userColumns = [
  'id',
  'username',
  'role',
  'apps',
  'disabled',
  'language',
  'created_at as createdAt',
] as const;

export interface NewUserParams {
  username: string;
  passwordHash: string;
  role: Role;
  apps: TAppName[];
}

export async function findUserById(db: Kysely<Database>, id: string): Promise<User | undefined> {
  return db.selectFrom('users').select(userColumns).where('id', '=', id).executeTakeFirst();
}

/** For sign-in only: the one query that returns the password hash. */
export async function findUserCredentials(
  db: Kysely<Database>,
  username: string,
): Promise<(User & { passwordHash: string }) | undefined> {
  return db
    .selectFrom('users')
    .select([...userColumns, 'password_hash as passwordHash'])
    .where('username', '=', username)
    .executeTakeFirst();
}

export async function findUserByUsername(
  db: Kysely<Database>,
  username: string,
): Promise<User | undefined> {
  return db
    .selectFrom('users')
    .select(userColumns)
    .where('username', '=', username)
    .executeTakeFirst();
}

export async function listUsers(db: Kysely<Database>): Promise<User[]> {
  return db.selectFrom('users').select(userColumns).orderBy('username').execute();
}

/** Returns undefined when the username is taken. */
export async function insertUser(
  db: Kysely<Database>,
  params: NewUserParams,
): Promise<User | undefined> {
  return db
    .insertInto('users')
    .values({
      username: params.username,
      password_hash: params.passwordHash,
      role: params.role,
      apps: params.apps,
    })
    .onConflict((conflict) => conflict.column('username').doNothing())
    .returning(userColumns)
    .executeTakeFirst();
}

/**
 * Creates the first account, as admin, only while there is none: concurrent first-run
 * requests serialise on an advisory lock, and all but one get undefined.
 */
export async function insertFirstAdmin(
  db: Kysely<Database>,
  params: Omit<NewUserParams, 'role'>,
): Promise<User | undefined> {
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(hashtext('saffron:first-admin'))`.execute(trx);
    const existing = await trx.selectFrom('users').select('id').limit(1).executeTakeFirst();
    if (existing) return undefined;
    return insertUser(trx, { ...params, role: 'admin' });
  });
}

export interface UserChanges {
  role?: Role;
  apps?: TAppName[];
  disabled?: boolean;
  passwordHash?: string;
  language?: Language | null;
}

export async function updateUser(
  db: Kysely<Database>,
  id: string,
  changes: UserChanges,
): Promise<User | undefined> {
  return db
    .updateTable('users')
    .set({
      role: changes.role,
      apps: changes.apps,
      disabled: changes.disabled,
      password_hash: changes.passwordHash,
      language: changes.language,
    })
    .where('id', '=', id)
    .returning(userColumns)
    .executeTakeFirst();
}

export async function countActiveAdmins(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('role', '=', 'admin')
    .where('disabled', '=', false)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Everything of the user goes with it (cascades); their stored objects are queued for deletion. */
export async function deleteUser(db: Kysely<Database>, id: string): Promise<boolean> {
  const deleted = await db
    .deleteFrom('users')
    .where('id', '=', id)
    .returning('id')
    .executeTakeFirst();
  return deleted !== undefined;
}
