import { searchRecipes, searchTerms, type Database, type Kysely } from '@saffron/db';
import type { SearchCursor } from './cursor.ts';
import type { EngineSearchPage, EngineSearchRequest, SearchEngine } from './engine.ts';

/**
 * Full-text and trigram search in Postgres. Exact and prefix matches come first; only when
 * they find nothing does it retry with typo tolerance (as Typesense's typo threshold does),
 * so "vegan" never drifts to "vegetarian" while "chiken" still finds chicken.
 */
export function createPostgresEngine(db: Kysely<Database>): SearchEngine {
  const page = async (
    { ownerId, query, cursor, limit }: EngineSearchRequest,
    fuzzy: boolean,
  ): Promise<EngineSearchPage> => {
    const position = cursor?.engine === 'postgres' ? cursor : undefined;
    const { rows, snapshot } = await searchRecipes(db, {
      ownerId,
      terms: searchTerms(query),
      limit,
      fuzzy,
      after: position?.after,
      snapshot: position?.snapshot,
    });
    const items = rows.slice(0, limit);
    const last = items.at(-1);
    const next: SearchCursor | undefined =
      rows.length > limit && last
        ? { engine: 'postgres', fuzzy, snapshot, after: last.position }
        : undefined;
    return { items, next };
  };

  return {
    name: 'postgres',
    search: async (request) => {
      if (request.cursor?.engine === 'postgres') return page(request, request.cursor.fuzzy);
      const exact = await page(request, false);
      const typoWorthy = exact.items.length === 0 && searchTerms(request.query).length > 0;
      return typoWorthy ? page(request, true) : exact;
    },
  };
}
