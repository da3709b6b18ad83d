import { sql, type Kysely } from 'kysely';

/** Migrations use these instead of app code, so they never change after they ship. */
export const now = sql`now()`;
export const uuid = sql`gen_random_uuid()`;

/** `updated_at` is kept by the database, so no code path can forget it. */
export async function addUpdatedAtTrigger(db: Kysely<any>, table: string): Promise<void> {
  await sql`
    create trigger ${sql.id(`${table}_touch_updated_at`)}
    before update on ${sql.table(table)}
    for each row execute function saffron_touch_updated_at()
  `.execute(db);
}
