import type { Kysely } from 'kysely';
import { now } from './helpers.ts';

/**
 * One-time tokens for the first admin of a production install: the api prints one at start
 * (each instance its own, so any instance's log works) and `saffron setup token` makes one.
 * Only the SHA-256 is kept; creating the first admin removes them all.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('setup_tokens')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('setup_tokens').execute();
}
