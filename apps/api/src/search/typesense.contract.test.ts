import { randomBytes } from 'node:crypto';
import {
  createRecipe,
  findUserByUsername,
  insertUser,
  type Database,
  type Kysely,
} from '@saffron/db';
import { useTestDb } from '@saffron/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { searchEnv } from '../testing/env.ts';
import {
  createTypesenseClient,
  createTypesenseEngine,
  createTypesenseIndexer,
} from './typesense-engine.ts';

async function recipe(
  db: Kysely<Database>,
  ownerId: string,
  name: string,
  ingredients: string[] = [],
) {
  return createRecipe(db, {
    ownerId,
    outbox: false,
    fields: { name, tags: [], steps: [] },
    ingredients: ingredients.map((each) => ({ name: each })),
  });
}

/** Against a real Typesense (TYPESENSE_URL + TYPESENSE_API_KEY); none runs on the dev machines here. */
if (!searchEnv.typesenseUrl) {
  console.warn(
    'Typesense contract tests skipped: set TYPESENSE_URL and TYPESENSE_API_KEY to run them against a real Typesense',
  );
}

describe.runIf(searchEnv.typesenseUrl)('Typesense contract', () => {
  const t = useTestDb();
  const alias = `recipes_test_${randomBytes(4).toString('hex')}`;
  const client = () => createTypesenseClient(searchEnv.typesenseUrl!, searchEnv.typesenseApiKey!);

  beforeAll(async () => {
    await insertUser(t.db, {
      username: 'alice',
      passwordHash: 'x',
      role: 'user',
      apps: ['recipes'],
    });
    await insertUser(t.db, { username: 'bob', passwordHash: 'x', role: 'user', apps: ['recipes'] });
  });

  it('indexes, searches with typos and prefixes within the owner, and removes deleted recipes', async () => {
    const alice = (await findUserByUsername(t.db, 'alice'))!.id;
    const bob = (await findUserByUsername(t.db, 'bob'))!.id;
    const chicken = await recipe(t.db, alice, 'Roast chicken', ['lemon']);
    const pasta = await recipe(t.db, alice, 'Spaghetti carbonara', ['eggs']);
    await recipe(t.db, bob, 'Bob chicken');
    const indexer = createTypesenseIndexer(client(), t.db, alias);
    expect(await indexer.reindex()).toBe(3);
    const engine = createTypesenseEngine(client(), t.db, alias);
    const search = async (query: string) =>
      (await engine.search({ ownerId: alice, query, cursor: undefined, limit: 10 })).items.map(
        (item) => item.name,
      );
    expect(await search('chiken')).toEqual(['Roast chicken']);
    expect(await search('spag')).toEqual(['Spaghetti carbonara']);
    expect(await search('')).toEqual(['Spaghetti carbonara', 'Roast chicken']);
    await t.db.deleteFrom('recipes').where('id', '=', chicken.id).execute();
    await indexer.sync([chicken.id, pasta.id]);
    expect(await search('chicken')).toEqual([]);
    await client()
      .collections(alias)
      .delete()
      .catch(() => undefined);
  });
});
