import { Kysely, PostgresDialect, type KyselyConfig } from 'kysely';
import pg from 'pg';
import type { Database } from './database.ts';
import { ensureEmbeddedPostgres } from './embedded/client.ts';
import { TYPO_SIMILARITY } from './queries/recipe-search.ts';

export type DatabaseMode = 'postgres' | 'embedded';

export interface CreateDbOptions {
  /** A Postgres URL. Without one, the embedded server under `dataDir` is used (and started if needed). */
  databaseUrl?: string | undefined;
  dataDir?: string | undefined;
  poolMax?: number | undefined;
  /** Kysely's log hook: query logging, or counting queries in tests. */
  log?: KyselyConfig['log'];
  /** Errors on idle pooled connections (a restarted server, a dropped link). */
  onPoolError?: (error: Error) => void;
}

export interface DatabaseHandle {
  db: Kysely<Database>;
  mode: DatabaseMode;
  /** The connection URL (the embedded server's, with its password, in embedded mode): for pg_dump. */
  url: string;
  close: () => Promise<void>;
}

const INT8_OID = 20;
const DATE_OID = 1082;

/**
 * int8 (counts, file sizes) as numbers: everything we store fits in 2^53. A date (a day in the
 * meal plan) stays the ISO text it is: as a Date it would shift with the server's time zone.
 */
const types = {
  getTypeParser: (oid: number, format?: 'text' | 'binary'): unknown => {
    if (oid === INT8_OID) return Number;
    if (oid === DATE_OID) return (value: string) => value;
    return pg.types.getTypeParser(oid, format);
  },
};

export async function createDb(options: CreateDbOptions): Promise<DatabaseHandle> {
  const embedded = options.databaseUrl ? undefined : await ensureEmbedded(options.dataDir);
  const url = options.databaseUrl ?? embedded!.url();
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolMax ?? 10,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    types,
    options: `-c pg_trgm.word_similarity_threshold=${TYPO_SIMILARITY}`,
  });
  pool.on('error', (error) => options.onPoolError?.(error));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), log: options.log });
  return {
    db,
    mode: embedded ? 'embedded' : 'postgres',
    url,
    close: async () => {
      await db.destroy();
      await embedded?.release();
    },
  };
}

function ensureEmbedded(dataDir: string | undefined) {
  if (!dataDir) throw new Error('createDb needs databaseUrl or dataDir');
  return ensureEmbeddedPostgres(dataDir);
}
