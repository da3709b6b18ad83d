import type { Kysely } from 'kysely';
import { Migrator, type MigrationResult } from 'kysely/migration';
import { migrations } from './migrations/index.ts';

export function createMigrator(db: Kysely<any>): Migrator {
  return new Migrator({ db, provider: { getMigrations: () => Promise.resolve(migrations) } });
}

export class MigrationError extends Error {
  override readonly name = 'MigrationError';
}

/** Kysely reports failures in the result; we throw, naming the migration that failed. */
function unwrap(outcome: { error?: unknown; results?: MigrationResult[] }): string[] {
  const failed = outcome.results?.find((result) => result.status === 'Error');
  if (outcome.error !== undefined) {
    const where = failed ? ` in ${failed.migrationName}` : '';
    const reason = outcome.error instanceof Error ? outcome.error.message : 'unknown error';
    throw new MigrationError(`Migration failed${where}: ${reason}`, { cause: outcome.error });
  }
  return (outcome.results ?? []).map((result) => result.migrationName);
}

/** Applies every pending migration (under Kysely's lock, so concurrent starts are safe). */
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  return unwrap(await createMigrator(db).migrateToLatest());
}

/** Reverts the most recent migration. */
export async function migrateDown(db: Kysely<any>): Promise<string[]> {
  return unwrap(await createMigrator(db).migrateDown());
}

export async function listPendingMigrations(db: Kysely<any>): Promise<string[]> {
  const all = await createMigrator(db).getMigrations();
  return all.filter((migration) => !migration.executedAt).map((migration) => migration.name);
}

/** Services refuse to run against an older schema rather than fail on the first query. */
export async function assertSchemaCurrent(db: Kysely<any>): Promise<void> {
  const pending = await listPendingMigrations(db);
  if (pending.length > 0) {
    throw new MigrationError(
      `database schema is behind (${pending.join(', ')}): run \`pnpm db:migrate\``,
    );
  }
}

/** Brings the schema exactly to `name` (restoring a snapshot taken at that version). */
export async function migrateTo(db: Kysely<any>, name: string): Promise<string[]> {
  return unwrap(await createMigrator(db).migrateTo(name));
}
