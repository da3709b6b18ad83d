import { sql, type Kysely } from 'kysely';
import { addUpdatedAtTrigger, now, uuid } from './helpers.ts';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create function saffron_touch_updated_at() returns trigger language plpgsql as $$
    begin
      new.updated_at = now();
      return new;
    end $$
  `.execute(db);
  await db.schema
    .createTable('users')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(uuid))
    .addColumn('username', 'text', (c) =>
      c
        .notNull()
        .unique()
        .check(sql`username = lower(username) and length(username) between 3 and 32`),
    )
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) =>
      c
        .notNull()
        .defaultTo('user')
        .check(sql`role in ('admin', 'user')`),
    )
    .addColumn('apps', sql`text[]`, (c) =>
      c
        .notNull()
        .defaultTo(sql`'{recipes,grocery}'`)
        .check(sql`apps <@ array['recipes', 'grocery']::text[]`),
    )
    .addColumn('disabled', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .execute();
  await addUpdatedAtTrigger(db, 'users');
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('users').execute();
  await sql`drop function saffron_touch_updated_at()`.execute(db);
}
