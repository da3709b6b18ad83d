import { useTestDb } from '@saffron/db/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import type { TAppName } from '@saffron/shared';
import { signInNewAccount } from '../testing/accounts.ts';
import type { createTestCaller } from '../testing/context.ts';
import { recipeInput } from '../testing/recipes.ts';

describe('grocery router', () => {
  const t = useTestDb();
  type Caller = ReturnType<typeof createTestCaller>;
  let alice: Caller;
  let bob: Caller;

  async function signedIn(
    username: string,
    apps: TAppName[] = ['recipes', 'grocery'],
  ): Promise<Caller> {
    return (await signInNewAccount(t.db, username, { apps })).caller();
  }

  beforeEach(async () => {
    alice = await signedIn('alice');
    bob = await signedIn('bob');
  });

  const line = async (caller: Caller, name: string) =>
    (await caller.grocery.list()).items.find((item) => item.name.toLowerCase().startsWith(name));

  it('merges compatible amounts of the same food, keeps others side by side, and keeps text', async () => {
    await alice.grocery.addItems({
      items: [
        { name: 'Milk', quantity: '1', unit: 'cup' },
        { name: 'flour', quantity: '2', unit: 'cups' },
      ],
    });
    await alice.grocery.addItems({
      items: [
        { name: 'milk', quantity: '250', unit: 'ml' },
        { name: 'Flour', quantity: '100', unit: 'g' },
        { name: 'Tomatoes', quantity: '3' },
        { name: 'tomato', quantity: '2' },
        { name: 'olive oil', quantity: 'a splash' },
      ],
    });
    const { items } = await alice.grocery.list();
    expect(items.map((item) => item.name)).toEqual(['Milk', 'flour', 'Tomatoes', 'olive oil']);
    expect((await line(alice, 'milk'))?.quantities).toEqual([{ quantity: '486.5882', unit: 'ml' }]);
    expect((await line(alice, 'flour'))?.quantities).toEqual([
      { quantity: '2', unit: 'cup' },
      { quantity: '100', unit: 'g' },
    ]);
    expect((await line(alice, 'tomatoes'))?.quantities).toEqual([{ quantity: '5' }]);
    expect((await line(alice, 'olive'))?.quantities).toEqual([{ text: 'a splash' }]);
    expect((await line(alice, 'tomatoes'))?.category).toBe('Produce');
  });

  it('merges by the food itself, and keeps both ends of ranges', async () => {
    const { ingredients } = await alice.ingredients.parse({
      lines: ['2 large tomatoes, diced', '2-3 eggs'],
    });
    const rows = ingredients.flatMap((row) => {
      if (row.kind !== 'ingredient') return [];
      const { kind: _, ...parts } = row;
      return [parts];
    });
    const salad = await alice.recipes.create(recipeInput({ ingredients: rows }));
    expect(salad.ingredients).toMatchObject([
      { quantity: '2', name: 'tomatoes', size: 'large', preparation: 'diced' },
      { quantity: '2', quantityMax: '3', name: 'eggs' },
    ]);
    await alice.grocery.addFromRecipe({ recipeId: salad.id });
    await alice.grocery.addItems({
      items: [
        { name: 'tomatoes', quantity: '3' },
        { name: 'eggs', quantity: '2' },
      ],
    });
    expect((await line(alice, 'tomatoes'))?.quantities).toEqual([{ quantity: '5' }]);
    expect((await line(alice, 'eggs'))?.quantities).toEqual([{ quantity: '4', quantityMax: '5' }]);
    expect((await alice.grocery.list()).items).toHaveLength(2);
  });

  it('adds a recipe scaled to the servings asked for, remembering where lines came from', async () => {
    const soup = await alice.recipes.create(recipeInput({ servings: 4 }));
    await alice.grocery.addItems({ items: [{ name: 'tomatoes', quantity: '200', unit: 'g' }] });
    const changes = await alice.grocery.addFromRecipe({ recipeId: soup.id, servings: 6 });
    expect(changes.items.map((item) => item.name).sort()).toEqual(['onion', 'salt', 'tomatoes']);
    expect(await line(alice, 'tomatoes')).toMatchObject({
      quantities: [{ quantity: '1400', unit: 'g' }],
      sourceRecipeIds: [soup.id],
    });
    expect((await line(alice, 'onion'))?.quantities).toEqual([{ quantity: '1.5' }]);
    expect((await line(alice, 'salt'))?.quantities).toEqual([{ quantity: '0.75', unit: 'tsp' }]);
  });

  it('never merges into a ticked line, and an older tick does not undo a newer one', async () => {
    const { items } = await alice.grocery.addItems({ items: [{ name: 'eggs', quantity: '6' }] });
    const eggs = items[0]!;
    const now = Date.now();
    await alice.grocery.toggle({ itemId: eggs.id, checked: true, at: new Date(now) });
    expect(
      (await alice.grocery.toggle({ itemId: eggs.id, checked: false, at: new Date(now - 60_000) }))
        .checked,
    ).toBe(true);
    await alice.grocery.addItems({ items: [{ name: 'Egg', quantity: '2' }] });
    expect((await alice.grocery.list()).items.map((item) => [item.name, item.checked])).toEqual([
      ['eggs', true],
      ['Egg', false],
    ]);
  });

  it('reports changes since a version, deletions included, and keeps deleted items deleted', async () => {
    const start = (await alice.grocery.list()).version;
    const { items } = await alice.grocery.addItems({
      items: [{ name: 'bread' }, { name: 'butter' }],
    });
    const [bread, butter] = items;
    await alice.grocery.toggle({ itemId: butter!.id, checked: true });
    await alice.grocery.removeItem({ itemId: bread!.id });
    const changes = await alice.grocery.changes({ since: start });
    expect(changes.removedIds).toEqual([bread!.id]);
    expect(changes.items).toEqual([expect.objectContaining({ id: butter!.id, checked: true })]);
    await expect(alice.grocery.toggle({ itemId: bread!.id, checked: true })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await alice.grocery.clearChecked()).toEqual({ removed: 1 });
    expect((await alice.grocery.list()).items).toEqual([]);
  });

  it('lets a line be renamed and moved to another aisle', async () => {
    const { items } = await alice.grocery.addItems({ items: [{ name: 'tofu' }] });
    const moved = await alice.grocery.updateItem({ itemId: items[0]!.id, category: 'Frozen' });
    expect(moved).toMatchObject({ name: 'tofu', category: 'Frozen' });
  });

  it("answers 404 to another user's items and recipes", async () => {
    const { items } = await alice.grocery.addItems({ items: [{ name: 'bread' }] });
    const soup = await alice.recipes.create(recipeInput());
    const id = items[0]!.id;
    await expect(bob.grocery.toggle({ itemId: id, checked: true })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(bob.grocery.removeItem({ itemId: id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(bob.grocery.updateItem({ itemId: id, category: 'Other' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(bob.grocery.addFromRecipe({ recipeId: soup.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect((await bob.grocery.list()).items).toEqual([]);
    expect((await bob.grocery.changes({ since: 0 })).items).toEqual([]);
  });

  it('answers 403 to every grocery procedure without access to the grocery app', async () => {
    const cook = await signedIn('cook', ['recipes']);
    const someId = '00000000-0000-4000-8000-000000000000';
    const calls = [
      () => cook.grocery.list(),
      () => cook.grocery.changes({ since: 0 }),
      () => cook.grocery.addItems({ items: [{ name: 'x' }] }),
      () => cook.grocery.addFromRecipe({ recipeId: someId }),
      () => cook.grocery.toggle({ itemId: someId, checked: true }),
      () => cook.grocery.updateItem({ itemId: someId, category: 'Other' }),
      () => cook.grocery.removeItem({ itemId: someId }),
      () => cook.grocery.clearChecked(),
    ];
    for (const call of calls) await expect(call()).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const shopper = await signedIn('shopper', ['grocery']);
    const soup = await alice.recipes.create(recipeInput());
    await expect(shopper.grocery.addFromRecipe({ recipeId: soup.id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});
