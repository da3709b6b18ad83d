import type { LogEvent } from 'kysely';
import { beforeEach, describe, expect, it } from 'vitest';
import { insertTestUsers } from '../testing/fixtures/recipes.ts';
import { useTestDb } from '../testing/index.ts';
import { changeGroceryList, listGroceryItems, type GroceryItemWrite } from './grocery.ts';

const line = (name: string, grams: string): GroceryItemWrite => ({
  name,
  foodKey: name,
  amounts: [{ quantity: grams, unit: 'g' }],
  sourceRecipeIds: [],
});

describe('saving grocery lines', () => {
  let statements: string[] = [];
  const t = useTestDb({
    log: (event: LogEvent) => void (event.level === 'query' && statements.push(event.query.sql)),
  });
  let alice = '';
  let bob = '';
  beforeEach(async () => {
    [alice, bob] = (await insertTestUsers(t.db, ['alice', 'bob'])) as [string, string];
  });

  it('updates every merged line in one statement, only on the owner’s live lines', async () => {
    const names = ['flour', 'sugar', 'butter', 'eggs', 'milk', 'salt'];
    await changeGroceryList(t.db, alice, (list) => list.save(names.map((n) => line(n, '100'))));
    await changeGroceryList(t.db, bob, (list) => list.save([line('flour', '1')]));
    const [bobsFlour] = (await listGroceryItems(t.db, bob)).items;
    const saved = (await listGroceryItems(t.db, alice)).items;
    const recipeId = '00000000-0000-4000-8000-000000000001';

    statements = [];
    const { version, changed } = await changeGroceryList(t.db, alice, (list) =>
      list.save([
        ...saved.map((item) => ({
          ...line(item.name, '250'),
          id: item.id,
          sourceRecipeIds: [recipeId],
        })),
        { ...line('flour', '999'), id: bobsFlour!.id }, // not hers: must not change
      ]),
    );

    expect(statements.filter((each) => /^\s*update "?grocery_items/i.test(each))).toHaveLength(1);
    expect(changed).toHaveLength(names.length);
    for (const item of (await listGroceryItems(t.db, alice)).items) {
      expect(item).toMatchObject({
        amounts: [{ quantity: '250', unit: 'g' }],
        sourceRecipeIds: [recipeId],
        version,
      });
    }
    expect((await listGroceryItems(t.db, bob)).items[0]?.amounts).toEqual([
      { quantity: '1', unit: 'g' },
    ]);
  });
});
