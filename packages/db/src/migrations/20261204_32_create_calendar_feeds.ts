import type { Kysely } from 'kysely';
import { now } from './helpers.ts';

/**
 * A private address for each person's meal plan as an iCalendar feed. The token is kept as
 * it is (not hashed) so the account page can show the same address again: it reads only the
 * plan, and revoking it (a new token) is one click.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('calendar_feeds')
    .addColumn('user_id', 'uuid', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('token', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('calendar_feeds').execute();
}
