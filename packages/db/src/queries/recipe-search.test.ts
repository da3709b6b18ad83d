import { beforeEach, describe, expect, it } from 'vitest';
import { COOKBOOK, fixtureWrite, insertTestUsers } from '../testing/fixtures/recipes.ts';
import { useTestDb } from '../testing/index.ts';
import { searchRecipes, searchTerms, type SearchParams } from './recipe-search.ts';
import { createRecipe } from './recipes.ts';

describe('recipe search on Postgres', () => {
  const t = useTestDb();
  let alice = '';
  let bob = '';
  beforeEach(async () => {
    [alice, bob] = (await insertTestUsers(t.db, ['alice', 'bob'])) as [string, string];
    for (const fixture of COOKBOOK) await createRecipe(t.db, fixtureWrite(alice, fixture));
    // Bob has recipes that would match every query, to prove they never leak.
    for (const name of ['Bob chicken', 'Bob lasagna', 'Bob tomato', 'Bob spaghetti']) {
      await createRecipe(t.db, fixtureWrite(bob, { name, tags: [], ingredients: [] }));
    }
  });

  const names = async (query: string, extra: Partial<SearchParams> = {}) =>
    (
      await searchRecipes(t.db, {
        ownerId: alice,
        terms: searchTerms(query),
        limit: 20,
        fuzzy: true,
        ...extra,
      })
    ).rows.map((r) => r.name);

  it.each([
    ['chiken', /chicken/i],
    ['lasagne', /lasagna/i],
    ['tomatoe', /tomato soup/i],
    ['spag', /spaghetti/i],
    ['chicken', /chicken/i],
    ['carbonara', /spaghetti carbonara/i],
  ])('finds what "%s" means in the top 3', async (query, intended) => {
    const top = (await names(query)).slice(0, 3);
    expect(
      top.some((name) => intended.test(name)),
      `${query}: ${top.join(', ')}`,
    ).toBe(true);
  });

  it('ranks name matches above ingredient matches', async () => {
    const results = await names('tomato');
    expect(results[0]).toBe('Tomato soup');
    expect(results).toEqual(expect.arrayContaining(['Classic lasagna', 'Shakshuka']));
  });

  it('matches ingredients and tags, and every word of a longer query', async () => {
    expect(await names('tamarind')).toEqual(['Pad thai']);
    expect(await names('vegan', { fuzzy: false })).toEqual(['Chickpea and spinach curry']);
    expect(await names('chiken', { fuzzy: false })).toEqual([]);
    expect((await names('chicken curry'))[0]).toBe('Chicken tikka masala');
  });

  it("never returns another owner's recipes", async () => {
    for (const query of ['bob', 'chicken', 'lasagna', '', 'tomato']) {
      expect((await names(query)).filter((name) => name.startsWith('Bob'))).toEqual([]);
    }
  });

  it('lists everything newest first for a blank query', async () => {
    const all = await names('');
    expect(all).toHaveLength(COOKBOOK.length);
    expect(all[0]).toBe(COOKBOOK.at(-1)!.name);
    expect(await names('   ?!  ')).toEqual(all);
  });

  it('keeps only letters and digits of a query (no tsquery syntax gets through)', () => {
    expect(searchTerms(`chicken & !curry | :* 'x' ) ( <-> Crème`)).toEqual([
      'chicken',
      'curry',
      'x',
      'crème',
    ]);
  });

  it.each(['', 'chicken', 'a'])(
    'pages "%s" with no duplicates or gaps while recipes are added',
    async (query) => {
      const expected = await names(query);
      const seen: string[] = [];
      let after: SearchParams['after'];
      let snapshot: string | undefined;
      for (let page = 0; page < 20; page++) {
        const result = await searchRecipes(t.db, {
          ownerId: alice,
          terms: searchTerms(query),
          limit: 2,
          after,
          snapshot,
          fuzzy: true,
        });
        const rows = result.rows;
        snapshot = result.snapshot;
        const pageRows = rows.slice(0, 2);
        seen.push(...pageRows.map((row) => row.name));
        // Someone adds matching recipes between page loads: they must not disturb this listing.
        await createRecipe(
          t.db,
          fixtureWrite(alice, { name: `New chicken a ${page}`, tags: [], ingredients: [] }),
        );
        if (rows.length <= 2) break;
        after = pageRows.at(-1)!.position;
      }
      expect(seen).toEqual(expected);
    },
  );
});
