import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../database.ts';

/**
 * How close a misspelt word must be (pg_trgm word similarity): 0.45 lets "chiken" (0.5) find
 * chicken while "chickpeas" (0.43) stays out. Set on every connection by createDb, so the
 * trigram index serves the `<%` operator.
 */
export const TYPO_SIMILARITY = 0.45;

/** Where the previous page ended, in the order of the results (score first when searching). */
export interface SearchPosition {
  score?: string | undefined;
  /** created_at exactly as Postgres printed it (microseconds), never rounded through a JS Date. */
  createdAt: string;
  id: string;
}

export interface SearchParams {
  ownerId: string;
  /** Lower-case words of letters and digits only; empty lists newest first. */
  terms: string[];
  after?: SearchPosition | undefined;
  /** The moment of the first page: later pages leave out recipes added since, so nothing shifts. */
  snapshot?: string | undefined;
  /** Also match misspelt words; callers use it when exact and prefix matching found nothing. */
  fuzzy: boolean;
  limit: number;
}

export interface SearchPage {
  rows: SearchRow[];
  snapshot: string;
}

export interface SearchRow {
  id: string;
  name: string;
  tags: string[];
  updatedAt: Date;
  position: SearchPosition;
}

/** Words of letters and digits in any script: nothing else ever reaches tsquery syntax. */
export function searchTerms(query: string | undefined): string[] {
  const words = (query ?? '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words.map((word) => word.slice(0, 40)))].slice(0, 8);
}

/**
 * A term matches by English-stemmed prefix ("spag" finds spaghetti, "lasagne" lasagna) or,
 * when fuzzy and from three letters, by trigram word similarity (forgives "chiken").
 */
function termMatches(term: string, fuzzy: boolean): RawBuilder<boolean> {
  const prefix = sql<boolean>`r.search_vector @@ to_tsquery('english', ${`${term}:*`})`;
  return fuzzy && term.length >= 3 ? sql<boolean>`(${prefix} or ${term} <% r.search_text)` : prefix;
}

/** Name matches outrank tag, ingredient and description matches; closeness of spelling counts too. */
function score(terms: string[]): RawBuilder<string> {
  const anyTerm = terms.map((term) => `${term}:*`).join(' | ');
  const text = terms.join(' ');
  return sql<string>`round((
    ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', r.search_vector, to_tsquery('english', ${anyTerm}))
    + word_similarity(${text}, lower(r.name)) * 2
    + word_similarity(${text}, r.search_text) * 0.5
  )::numeric, 6)::text`;
}

/** One page (plus one row, to know whether there is a next page) of the owner's recipes. */
export async function searchRecipes(
  db: Kysely<Database>,
  params: SearchParams,
): Promise<SearchPage> {
  const { ownerId, terms, after, limit } = params;
  // The first page's moment comes from the same statement (no extra round trip).
  const snapshot = params.snapshot ? sql`${params.snapshot}::timestamptz` : sql`now()`;
  const ranked = terms.length > 0;
  const matches = ranked
    ? sql.join(
        terms.map((term) => termMatches(term, params.fuzzy)),
        sql` and `,
      )
    : sql`true`;
  const scoreColumn = ranked ? score(terms) : sql<string>`null`;
  const afterClause = !after
    ? sql`true`
    : ranked
      ? sql`(score::numeric, created_at, id) < (${after.score ?? '0'}::numeric, ${after.createdAt}::timestamptz, ${after.id}::uuid)`
      : sql`(created_at, id) < (${after.createdAt}::timestamptz, ${after.id}::uuid)`;
  const order = ranked
    ? sql`score::numeric desc, created_at desc, id desc`
    : sql`created_at desc, id desc`;
  const { rows } = await sql<{
    id: string;
    name: string;
    tags: string[];
    updatedAt: Date;
    score: string | null;
    createdKey: string;
    snapshotKey: string;
  }>`
    with matched as (
      select r.id, r.name, r.tags, r.updated_at, r.created_at, ${scoreColumn} as score
      from recipes r
      where r.owner_id = ${ownerId} and r.created_at <= ${snapshot} and ${matches}
    )
    select id, name, tags, updated_at as "updatedAt", score, created_at::text as "createdKey",
      (${snapshot})::text as "snapshotKey"
    from matched
    where ${afterClause}
    order by ${order}
    limit ${limit + 1}
  `.execute(db);
  return {
    // With no rows there is nothing to page past; any moment will do.
    snapshot: rows[0]?.snapshotKey ?? params.snapshot ?? new Date().toISOString(),
    rows: rows.map(({ score: rowScore, createdKey, snapshotKey: _snapshot, ...row }) => ({
      ...row,
      position: { score: rowScore ?? undefined, createdAt: createdKey, id: row.id },
    })),
  };
}
