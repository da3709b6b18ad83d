import type { RecipeSummaryRecord } from '@saffron/db';
import type { SearchCursor } from './cursor.ts';

export interface EngineSearchRequest {
  ownerId: string;
  query: string;
  cursor: SearchCursor | undefined;
  limit: number;
}

export interface EngineSearchPage {
  items: RecipeSummaryRecord[];
  next: SearchCursor | undefined;
}

/** Postgres (always there) and Typesense (when configured): same question, same answer shape. */
export interface SearchEngine {
  readonly name: SearchCursor['engine'];
  search: (request: EngineSearchRequest) => Promise<EngineSearchPage>;
}
