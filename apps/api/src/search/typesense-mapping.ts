import type { RecipeSearchDocument } from '@saffron/db';
import { searchTerms } from '@saffron/db';
import type { SearchParams } from 'typesense/lib/Typesense/Types.js';

/** Searches go to an alias, so a reindex can build a new collection and switch in one step. */
export const RECIPES_ALIAS = 'recipes';

export interface TypesenseRecipe {
  id: string;
  owner_id: string;
  name: string;
  tags: string[];
  ingredients: string[];
  description: string;
  created_at: number;
}

export function collectionSchema(name: string) {
  return {
    name,
    fields: [
      { name: 'owner_id', type: 'string' as const, facet: false },
      { name: 'name', type: 'string' as const },
      { name: 'tags', type: 'string[]' as const },
      { name: 'ingredients', type: 'string[]' as const },
      { name: 'description', type: 'string' as const, optional: true },
      { name: 'created_at', type: 'int64' as const },
    ],
    default_sorting_field: 'created_at',
  };
}

/** Only what search needs, plus the owner it is filtered by. */
export function toTypesenseRecipe(document: RecipeSearchDocument): TypesenseRecipe {
  return {
    id: document.id,
    owner_id: document.ownerId,
    name: document.name,
    tags: document.tags,
    ingredients: document.ingredients,
    description: document.description ?? '',
    created_at: document.createdAt.getTime(),
  };
}

export interface TypesenseQuery {
  ownerId: string;
  query: string;
  page: number;
  perPage: number;
  /** Recipes created after the first page are left out of later ones. */
  asOf: number;
}

/**
 * The owner filter is part of every query, and the user's words only ever travel in `q`
 * (never inside filter_by), so they cannot widen the filter.
 */
export function searchParameters({
  ownerId,
  query,
  page,
  perPage,
  asOf,
}: TypesenseQuery): SearchParams<TypesenseRecipe> {
  const words = searchTerms(query);
  return {
    q: words.length > 0 ? words.join(' ') : '*',
    query_by: 'name,tags,ingredients,description',
    query_by_weights: '8,4,2,1',
    prefix: 'true,true,true,false',
    num_typos: 2,
    typo_tokens_threshold: 1,
    filter_by: `owner_id:=\`${ownerId}\` && created_at:<=${asOf}`,
    sort_by: words.length > 0 ? '_text_match:desc,created_at:desc' : 'created_at:desc',
    include_fields: 'id',
    page,
    per_page: perPage,
  };
}
