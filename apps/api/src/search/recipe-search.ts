import { AppError, type TRecipeSummary } from '@saffron/shared';
import type { FastifyBaseLogger } from 'fastify';
import { decodeCursor, encodeCursor } from './cursor.ts';
import type { EngineSearchPage, SearchEngine } from './engine.ts';

export interface RecipeSearchRequest {
  ownerId: string;
  q?: string | undefined;
  cursor?: string | undefined;
  limit: number;
}

export interface RecipeSearchResult {
  items: TRecipeSummary[];
  nextCursor: string | undefined;
}

/** A page of the owner's recipes matching `q` (all of them, newest first, when blank). */
export type RecipeSearch = (request: RecipeSearchRequest) => Promise<RecipeSearchResult>;

/**
 * Searches with the external engine when there is one, Postgres otherwise. If the external
 * engine fails, new searches fall back to Postgres; a page of a search it had started cannot
 * continue elsewhere, so that one answers 503.
 */
export function createRecipeSearch(
  postgres: SearchEngine,
  external: SearchEngine | undefined,
  logger: FastifyBaseLogger,
): RecipeSearch {
  const run = async (request: RecipeSearchRequest): Promise<EngineSearchPage> => {
    const cursor = request.cursor ? decodeCursor(request.cursor) : undefined;
    const query = {
      ownerId: request.ownerId,
      query: request.q ?? '',
      cursor,
      limit: request.limit,
    };
    if (cursor?.engine === 'postgres' || !external) return postgres.search(query);
    try {
      return await external.search(query);
    } catch (error) {
      if (cursor) {
        throw new AppError('SERVICE_UNAVAILABLE', 'Search is unavailable right now; search again', {
          cause: error,
        });
      }
      logger.warn({ err: error }, 'search engine unreachable; searching in Postgres');
      return postgres.search(query);
    }
  };

  return async (request) => {
    const page = await run(request);
    return {
      items: page.items.map((item) => ({
        id: item.id,
        name: item.name,
        tags: item.tags,
        updatedAt: item.updatedAt,
      })),
      nextCursor: page.next && encodeCursor(page.next),
    };
  };
}
