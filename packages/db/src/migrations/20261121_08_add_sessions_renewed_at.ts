import type { Kysely } from 'kysely';
import { now } from './helpers.ts';

/** When the idle window was last extended: renewals are written at most once an hour. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('sessions')
    .addColumn('renewed_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('sessions').dropColumn('renewed_at').execute();
}
