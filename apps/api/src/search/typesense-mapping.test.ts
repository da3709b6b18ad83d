import { describe, expect, it } from 'vitest';
import { collectionSchema, searchParameters, toTypesenseRecipe } from './typesense-mapping.ts';

const owner = '11111111-1111-4111-8111-111111111111';

describe('Typesense request mapping', () => {
  it('indexes what search needs, and the owner', () => {
    const doc = toTypesenseRecipe({
      id: 'r1',
      ownerId: owner,
      name: 'Tomato soup',
      tags: ['soup'],
      ingredients: ['tomatoes', 'onion'],
      description: null,
      createdAt: new Date('2026-11-21T10:00:00Z'),
    });
    expect(doc).toEqual({
      id: 'r1',
      owner_id: owner,
      name: 'Tomato soup',
      tags: ['soup'],
      ingredients: ['tomatoes', 'onion'],
      description: '',
      created_at: Date.parse('2026-11-21T10:00:00Z'),
    });
    expect(collectionSchema('recipes_1').fields.map((field) => field.name)).toEqual([
      'owner_id',
      'name',
      'tags',
      'ingredients',
      'description',
      'created_at',
    ]);
  });

  it("always filters by the owner and the first page's moment, weighting names first, typos allowed", () => {
    expect(
      searchParameters({ ownerId: owner, query: 'Chiken curry', page: 2, perPage: 20, asOf: 42 }),
    ).toEqual({
      q: 'chiken curry',
      query_by: 'name,tags,ingredients,description',
      query_by_weights: '8,4,2,1',
      prefix: 'true,true,true,false',
      num_typos: 2,
      typo_tokens_threshold: 1,
      filter_by: `owner_id:=\`${owner}\` && created_at:<=42`,
      sort_by: '_text_match:desc,created_at:desc',
      include_fields: 'id',
      page: 2,
      per_page: 20,
    });
  });

  it('lists newest first for a blank query', () => {
    expect(
      searchParameters({ ownerId: owner, query: '  ', page: 1, perPage: 20, asOf: 1 }),
    ).toMatchObject({
      q: '*',
      sort_by: 'created_at:desc',
    });
  });

  it('keeps user input out of filter_by, whatever it contains', () => {
    const hostile = searchParameters({
      ownerId: owner,
      query: '` || owner_id:=`x` && (',
      page: 1,
      perPage: 5,
      asOf: 1,
    });
    expect(hostile.filter_by).toBe(`owner_id:=\`${owner}\` && created_at:<=1`);
    expect(hostile.q).toBe('owner id x');
  });
});
