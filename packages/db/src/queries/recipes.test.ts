import { beforeEach, describe, expect, it } from 'vitest';
import { insertTestUsers } from '../testing/fixtures/recipes.ts';
import { useTestDb } from '../testing/index.ts';
import { findRecipe } from './recipe-reads.ts';
import { createRecipe, deleteRecipe, updateRecipe, type RecipeWrite } from './recipes.ts';
import { countSearchChanges } from './search-outbox.ts';

describe('recipe queries', () => {
  const t = useTestDb();
  let alice = '';
  let bob = '';
  beforeEach(async () => {
    [alice, bob] = (await insertTestUsers(t.db, ['alice', 'bob'])) as [string, string];
  });

  const write = (ownerId: string, outbox = false): RecipeWrite => ({
    ownerId,
    outbox,
    fields: {
      name: 'Pancakes',
      tags: ['breakfast'],
      steps: ['Mix', 'Fry'],
      servings: 4,
      description: 'Fluffy',
    },
    ingredients: [
      { quantity: '2.5', unit: 'cup', name: 'flour', original: '2 1/2 cups flour' },
      { quantity: '0.3333', unit: 'cup', name: 'sugar' },
      { name: 'salt', note: 'a pinch' },
    ],
  });

  it('creates a recipe with ordered ingredient rows and exact quantities', async () => {
    const { id } = await createRecipe(t.db, write(alice));
    const recipe = await findRecipe(t.db, { id, ownerId: alice });
    expect(recipe).toMatchObject({
      name: 'Pancakes',
      servings: 4,
      steps: ['Mix', 'Fry'],
      attachments: [],
    });
    const none = { quantityMax: null, size: null, preparation: null, group: null };
    expect(recipe?.ingredients).toEqual([
      {
        ...none,
        quantity: '2.5',
        unit: 'cup',
        name: 'flour',
        note: null,
        original: '2 1/2 cups flour',
      },
      { ...none, quantity: '0.3333', unit: 'cup', name: 'sugar', note: null, original: null },
      { ...none, quantity: null, unit: null, name: 'salt', note: 'a pinch', original: null },
    ]);
  });

  it('keeps ranges, size, preparation, groups and step headings', async () => {
    const { id } = await createRecipe(t.db, {
      ...write(alice),
      fields: {
        ...write(alice).fields,
        totalMinutes: 40,
        yieldText: 'Makes 12',
        stepGroups: [{ at: 0, title: 'Batter' }],
      },
      ingredients: [
        {
          quantity: '2',
          quantityMax: '3',
          name: 'eggs',
          size: 'large',
          preparation: 'beaten',
          group: 'Batter',
        },
      ],
    });
    const recipe = await findRecipe(t.db, { id, ownerId: alice });
    expect(recipe).toMatchObject({
      totalMinutes: 40,
      yieldText: 'Makes 12',
      stepGroups: [{ at: 0, title: 'Batter' }],
    });
    expect(recipe?.ingredients[0]).toMatchObject({
      quantity: '2',
      quantityMax: '3',
      size: 'large',
      preparation: 'beaten',
      group: 'Batter',
    });
    await expect(
      createRecipe(t.db, {
        ...write(alice),
        ingredients: [{ quantity: '3', quantityMax: '2', name: 'eggs' }],
      }),
    ).rejects.toThrow(/check/);
  });

  it('replaces every ingredient row in one update', async () => {
    const { id } = await createRecipe(t.db, write(alice));
    const changed = { ...write(alice), ingredients: [{ name: 'oat flour', quantity: '3' }] };
    expect(await updateRecipe(t.db, id, changed)).toMatchObject({ id });
    expect(
      (await findRecipe(t.db, { id, ownerId: alice }))?.ingredients.map((i) => i.name),
    ).toEqual(['oat flour']);
  });

  it("never reads, changes or deletes another owner's recipe", async () => {
    const { id } = await createRecipe(t.db, write(alice));
    expect(await findRecipe(t.db, { id, ownerId: bob })).toBeUndefined();
    expect(await updateRecipe(t.db, id, write(bob))).toBeUndefined();
    expect(await deleteRecipe(t.db, { id, ownerId: bob, outbox: false })).toBe(false);
    expect((await findRecipe(t.db, { id, ownerId: alice }))?.name).toBe('Pancakes');
  });

  it('deletes the recipe with its rows, leaving nothing behind', async () => {
    const { id } = await createRecipe(t.db, write(alice));
    expect(await deleteRecipe(t.db, { id, ownerId: alice, outbox: false })).toBe(true);
    const left = await t.db
      .selectFrom('ingredients')
      .select('id')
      .where('recipe_id', '=', id)
      .execute();
    expect(left).toEqual([]);
  });

  it('queues search changes in the same transaction only when asked', async () => {
    const { id } = await createRecipe(t.db, write(alice, true));
    await updateRecipe(t.db, id, write(alice, true));
    await deleteRecipe(t.db, { id, ownerId: alice, outbox: true });
    await createRecipe(t.db, write(alice, false));
    const rows = await t.db
      .selectFrom('search_outbox')
      .select(['recipe_id', 'operation'])
      .orderBy('id')
      .execute();
    expect(rows).toEqual([
      { recipe_id: id, operation: 'upsert' },
      { recipe_id: id, operation: 'upsert' },
      { recipe_id: id, operation: 'delete' },
    ]);
    expect(await countSearchChanges(t.db)).toBe(3);
  });

  it('rolls back the recipe when an ingredient row is refused', async () => {
    const bad = { ...write(alice), ingredients: [{ name: 'x', quantity: '-1' }] };
    await expect(createRecipe(t.db, bad)).rejects.toThrow(/check constraint/);
    expect(await t.db.selectFrom('recipes').select('id').execute()).toEqual([]);
  });
});
