import { useTestDb } from '@saffron/db/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { signInNewAccount } from '../testing/accounts.ts';
import type { createTestCaller } from '../testing/context.ts';
import { fieldErrorsOf } from '../testing/errors.ts';
import { recipeInput } from '../testing/recipes.ts';

describe('favourites, ratings and the cook log', () => {
  const t = useTestDb();
  type Caller = ReturnType<typeof createTestCaller>;
  let alice: Caller;
  let bob: Caller;
  let soup: string;

  beforeEach(async () => {
    alice = (await signInNewAccount(t.db, 'alice', { apps: ['recipes'] })).caller();
    bob = (await signInNewAccount(t.db, 'bob', { apps: ['recipes'] })).caller();
    soup = (await alice.recipes.create(recipeInput())).id;
  });

  it('starts unmarked, then keeps a favourite, a rating and each time it was cooked', async () => {
    expect(await alice.recipes.marks({ id: soup })).toEqual({ favourite: false, timesCooked: 0 });
    await alice.recipes.setFavourite({ id: soup, favourite: true });
    expect(await alice.recipes.rate({ id: soup, rating: 4 })).toEqual({
      favourite: true,
      rating: 4,
      timesCooked: 0,
    });
    const before = Date.now();
    await alice.recipes.logCooked({ id: soup, note: 'Added a chilli' });
    const marks = await alice.recipes.logCooked({ id: soup });
    expect(marks).toMatchObject({ favourite: true, rating: 4, timesCooked: 2 });
    expect(marks.lastCookedAt!.getTime()).toBeGreaterThanOrEqual(before - 1_000);
    const { entries } = await alice.recipes.cookLog({ id: soup });
    expect(entries.map((entry) => entry.note)).toEqual([undefined, 'Added a chilli']);

    await alice.recipes.setFavourite({ id: soup, favourite: false });
    expect(await alice.recipes.rate({ id: soup, rating: null })).toEqual({
      favourite: false,
      timesCooked: 2,
      lastCookedAt: marks.lastCookedAt,
    });
  });

  it("answers 404 for another person's recipe, and leaves it unmarked", async () => {
    for (const call of [
      () => bob.recipes.marks({ id: soup }),
      () => bob.recipes.setFavourite({ id: soup, favourite: true }),
      () => bob.recipes.rate({ id: soup, rating: 1 }),
      () => bob.recipes.logCooked({ id: soup, note: 'mine now' }),
      () => bob.recipes.cookLog({ id: soup }),
    ]) {
      await expect(call()).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
    expect(await alice.recipes.marks({ id: soup })).toEqual({ favourite: false, timesCooked: 0 });
    const rows = await t.db.selectFrom('recipe_marks').selectAll().execute();
    expect(rows).toEqual([]);
    expect(await t.db.selectFrom('cook_log').selectAll().execute()).toEqual([]);
  });

  it('refuses a rating outside 1–5 and a note too long, field by field', async () => {
    for (const rating of [0, 6, 2.5]) {
      expect(await fieldErrorsOf(alice.recipes.rate({ id: soup, rating }))).toMatchObject({
        code: 'BAD_REQUEST',
        fieldErrors: { rating: ['Rate from 1 to 5 stars'] },
      });
    }
    const note = 'x'.repeat(1001);
    expect(await fieldErrorsOf(alice.recipes.logCooked({ id: soup, note }))).toMatchObject({
      code: 'BAD_REQUEST',
      fieldErrors: { note: ['Must be at most 1000 characters'] },
    });
  });

  it('forgets the marks with the recipe', async () => {
    await alice.recipes.setFavourite({ id: soup, favourite: true });
    await alice.recipes.logCooked({ id: soup });
    await alice.recipes.delete({ id: soup });
    expect(await t.db.selectFrom('recipe_marks').selectAll().execute()).toEqual([]);
    expect(await t.db.selectFrom('cook_log').selectAll().execute()).toEqual([]);
  });
});
