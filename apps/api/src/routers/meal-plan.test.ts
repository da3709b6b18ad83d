import { useTestDb } from '@saffron/db/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { signInNewAccount } from '../testing/accounts.ts';
import type { createTestCaller } from '../testing/context.ts';
import { fieldErrorsOf } from '../testing/errors.ts';
import { recipeInput } from '../testing/recipes.ts';

const MONDAY = '2026-12-07';

describe('meal plan', () => {
  const t = useTestDb();
  type Caller = ReturnType<typeof createTestCaller>;
  let alice: Caller;
  let bob: Caller;
  let soup: string;

  beforeEach(async () => {
    const apps = ['recipes', 'grocery'] as const;
    alice = (await signInNewAccount(t.db, 'alice', { apps: [...apps] })).caller();
    bob = (await signInNewAccount(t.db, 'bob', { apps: [...apps] })).caller();
    soup = (await alice.recipes.create(recipeInput())).id;
  });

  it('shows a week of seven days, each with its meals in order', async () => {
    await alice.mealPlan.add({ date: '2026-12-09', slot: 'dinner', recipeId: soup, servings: 2 });
    await alice.mealPlan.add({ date: '2026-12-09', slot: 'breakfast', note: 'Porridge' });
    await alice.mealPlan.add({ date: '2026-12-14', slot: 'dinner', note: 'Next week' });
    await alice.mealPlan.add({ date: '2026-12-06', slot: 'dinner', note: 'Last week' });
    const { days } = await alice.mealPlan.week({ start: MONDAY });
    expect(days.map((day) => day.date)).toEqual([
      '2026-12-07',
      '2026-12-08',
      '2026-12-09',
      '2026-12-10',
      '2026-12-11',
      '2026-12-12',
      '2026-12-13',
    ]);
    const withoutIds = (entries: { id: string }[]) => entries.map(({ id: _, ...entry }) => entry);
    expect(withoutIds(days[2]!.entries)).toEqual([
      { slot: 'breakfast', note: 'Porridge' },
      {
        slot: 'dinner',
        recipeId: soup,
        recipeName: 'Tomato soup',
        servings: 2,
      },
    ]);
    expect(days.flatMap((day) => day.entries)).toHaveLength(2);
    expect((await bob.mealPlan.week({ start: MONDAY })).days.flatMap((day) => day.entries)).toEqual(
      [],
    );
  });

  it('moves a meal to another day and slot, and removes it', async () => {
    const entry = await alice.mealPlan.add({ date: MONDAY, slot: 'lunch', recipeId: soup });
    const moved = await alice.mealPlan.update({ id: entry.id, date: '2026-12-10', slot: 'dinner' });
    expect(moved).toMatchObject({ date: '2026-12-10', slot: 'dinner', recipeId: soup });
    await alice.mealPlan.remove({ id: entry.id });
    await expect(alice.mealPlan.remove({ id: entry.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('keeps other people out: their entries and recipes answer 404, and nothing changes', async () => {
    const entry = await alice.mealPlan.add({ date: MONDAY, slot: 'dinner', recipeId: soup });
    for (const call of [
      () => bob.mealPlan.update({ id: entry.id, slot: 'lunch' }),
      () => bob.mealPlan.remove({ id: entry.id }),
      () => bob.mealPlan.add({ date: MONDAY, slot: 'dinner', recipeId: soup }),
      () => alice.mealPlan.update({ id: entry.id, recipeId: crypto.randomUUID() }),
    ]) {
      await expect(call()).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
    const { days } = await alice.mealPlan.week({ start: MONDAY });
    expect(days[0]!.entries).toEqual([
      { id: entry.id, slot: 'dinner', recipeId: soup, recipeName: 'Tomato soup' },
    ]);
  });

  it('keeps the name of a planned recipe that is deleted', async () => {
    await alice.mealPlan.add({ date: MONDAY, slot: 'dinner', recipeId: soup });
    await alice.recipes.delete({ id: soup });
    const { days } = await alice.mealPlan.week({ start: MONDAY });
    expect(days[0]!.entries.map(({ id: _, ...entry }) => entry)).toEqual([
      { slot: 'dinner', recipeName: 'Tomato soup' },
    ]);
  });

  it('refuses bad input field by field', async () => {
    const cases = [
      [
        () => alice.mealPlan.week({ start: '2026-02-31' }),
        { start: ['Must be a date such as 2026-12-07'] },
      ],
      [
        () => alice.mealPlan.add({ date: MONDAY, slot: 'dinner' }),
        { recipeId: ['Choose a recipe or write a note'] },
      ],
      [
        () => alice.mealPlan.add({ date: MONDAY, slot: 'supper' as 'dinner', note: 'x' }),
        { slot: ['Choose breakfast, lunch, dinner or snack'] },
      ],
      [
        () => alice.mealPlan.add({ date: MONDAY, slot: 'dinner', note: 'x', servings: 0 }),
        { servings: ['Servings must be at least 1'] },
      ],
      [
        () => alice.mealPlan.toGroceryList({ start: MONDAY, end: '2026-12-01' }),
        { end: ['The end comes before the start'] },
      ],
      [
        () => alice.mealPlan.toGroceryList({ start: MONDAY, end: '2027-01-07' }),
        { end: ['At most 31 days at once'] },
      ],
    ] as const;
    for (const [call, fieldErrors] of cases) {
      expect(await fieldErrorsOf(call())).toEqual({ code: 'BAD_REQUEST', fieldErrors });
    }
    const noted = await alice.mealPlan.add({ date: MONDAY, slot: 'dinner', note: 'Leftovers' });
    expect(await fieldErrorsOf(alice.mealPlan.update({ id: noted.id, note: null }))).toEqual({
      code: 'BAD_REQUEST',
      fieldErrors: { recipeId: ['Choose a recipe or write a note'] },
    });
  });

  it('sends the planned recipes to the grocery list, scaled to the planned servings and merged', async () => {
    const salad = await alice.recipes.create(
      recipeInput({
        name: 'Tomato salad',
        servings: 2,
        ingredients: [
          { quantity: '2', unit: undefined, name: 'tomatoes', size: 'large', preparation: 'diced' },
          { quantity: '2', quantityMax: '3', name: 'eggs' },
        ],
      }),
    );
    const omelette = await alice.recipes.create(
      recipeInput({
        name: 'Omelette',
        servings: 1,
        ingredients: [{ quantity: '2', name: 'eggs' }],
      }),
    );
    await alice.mealPlan.add({ date: MONDAY, slot: 'dinner', recipeId: soup, servings: 8 });
    await alice.mealPlan.add({
      date: '2026-12-08',
      slot: 'lunch',
      recipeId: salad.id,
      servings: 3,
    });
    await alice.mealPlan.add({ date: '2026-12-09', slot: 'breakfast', recipeId: omelette.id });
    await alice.mealPlan.add({ date: '2026-12-20', slot: 'dinner', recipeId: omelette.id });
    await alice.grocery.addItems({ items: [{ name: 'tomatoes', quantity: '3' }] });

    const preview = await alice.mealPlan.groceryPreview({ start: MONDAY, end: '2026-12-13' });
    expect(preview.additions.map((addition) => addition.name)).toEqual([
      'tomatoes',
      'onion',
      'salt',
      'tomatoes',
      'eggs',
      'eggs',
    ]);
    await alice.mealPlan.toGroceryList({ start: MONDAY, end: '2026-12-13' });
    const { items } = await alice.grocery.list();
    const amounts = Object.fromEntries(items.map((item) => [item.name, item.quantities]));
    expect(amounts).toEqual({
      tomatoes: [{ quantity: '6' }, { quantity: '1600', unit: 'g' }],
      onion: [{ quantity: '2' }],
      salt: [{ quantity: '1', unit: 'tsp' }],
      eggs: [{ quantity: '5', quantityMax: '6.5' }],
    });
  });
});
