import { useTestDb } from '@saffron/db/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import type { TAppName } from '@saffron/shared';
import { signInNewAccount } from '../testing/accounts.ts';
import type { createTestCaller } from '../testing/context.ts';
import { fieldErrorsOf } from '../testing/errors.ts';
import { recipeInput } from '../testing/recipes.ts';

describe('recipes router', () => {
  const t = useTestDb();
  type Caller = ReturnType<typeof createTestCaller>;
  let alice: Caller;
  let bob: Caller;

  async function signedIn(username: string, apps: TAppName[] = ['recipes']): Promise<Caller> {
    return (await signInNewAccount(t.db, username, { apps })).caller();
  }

  beforeEach(async () => {
    alice = await signedIn('alice');
    bob = await signedIn('bob');
  });

  it('creates, reads, updates and deletes a recipe with its ingredient rows', async () => {
    const created = await alice.recipes.create(recipeInput());
    expect(created).toMatchObject({
      name: 'Tomato soup',
      tags: ['soup', 'vegetarian'],
      attachments: [],
      ingredients: [
        { quantity: '800', unit: 'g', name: 'tomatoes', original: '800 g tomatoes' },
        { quantity: '1', name: 'onion', note: 'chopped' },
        { quantity: '0.5', unit: 'tsp', name: 'salt' },
      ],
    });
    expect(await alice.recipes.byId({ id: created.id })).toEqual(created);

    const updated = await alice.recipes.update({
      id: created.id,
      ...recipeInput({
        name: 'Roasted tomato soup',
        ingredients: [{ quantity: '1.2', unit: 'kg', name: 'tomatoes' }],
      }),
    });
    expect(updated.name).toBe('Roasted tomato soup');
    expect(updated.ingredients).toEqual([{ quantity: '1.2', unit: 'kg', name: 'tomatoes' }]);
    expect(updated.updatedAt.getTime()).toBeGreaterThanOrEqual(created.updatedAt.getTime());

    await alice.recipes.delete({ id: created.id });
    await expect(alice.recipes.byId({ id: created.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('exports one recipe as JSON-LD and as text', async () => {
    const { id } = await alice.recipes.create(recipeInput());
    const { jsonLd, text } = await alice.recipes.export({ id });
    expect(jsonLd).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Recipe',
      name: 'Tomato soup',
      recipeIngredient: expect.arrayContaining(['800 g tomatoes']) as unknown,
    });
    expect(text).toMatch(/^Tomato soup/);
    expect(text).toContain('800 g tomatoes');
    await expect(bob.recipes.export({ id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it("answers 404 to every recipes procedure called with another user's id", async () => {
    const { id } = await alice.recipes.create(recipeInput());
    await expect(bob.recipes.byId({ id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      bob.recipes.update({ id, ...recipeInput({ name: 'Hijacked' }) }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(bob.recipes.delete({ id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await bob.recipes.search({})).items).toEqual([]);
    expect((await bob.recipes.search({ q: 'tomato' })).items).toEqual([]);
    expect((await alice.recipes.byId({ id })).name).toBe('Tomato soup');
  });

  it('finds typos and prefixes in the top 3, and lists everything for a blank query', async () => {
    for (const name of [
      'Roast chicken',
      'Kitchen sink cookies',
      'Classic lasagna',
      'Spaghetti carbonara',
      'Potato gratin',
    ]) {
      await alice.recipes.create(recipeInput({ name, tags: [], ingredients: [{ name: 'salt' }] }));
    }
    await alice.recipes.create(recipeInput());
    const top3 = async (q: string) =>
      (await alice.recipes.search({ q })).items.slice(0, 3).map((item) => item.name);
    expect(await top3('chiken')).toContain('Roast chicken');
    expect(await top3('lasagne')).toContain('Classic lasagna');
    expect(await top3('tomatoe')).toContain('Tomato soup');
    expect(await top3('spag')).toContain('Spaghetti carbonara');
    const all = await alice.recipes.search({ q: '' });
    expect(all.items.map((item) => item.name)).toEqual([
      'Tomato soup',
      'Potato gratin',
      'Spaghetti carbonara',
      'Classic lasagna',
      'Kitchen sink cookies',
      'Roast chicken',
    ]);
    expect(all.nextCursor).toBeUndefined();
  });

  it('pages with a cursor', async () => {
    for (let i = 0; i < 5; i++) await alice.recipes.create(recipeInput({ name: `Soup ${i}` }));
    const first = await alice.recipes.search({ limit: 2 });
    const second = await alice.recipes.search({ limit: 2, cursor: first.nextCursor });
    const third = await alice.recipes.search({ limit: 2, cursor: second.nextCursor });
    expect([...first.items, ...second.items, ...third.items].map((r) => r.name)).toEqual([
      'Soup 4',
      'Soup 3',
      'Soup 2',
      'Soup 1',
      'Soup 0',
    ]);
    expect(third.nextCursor).toBeUndefined();
  });

  it('refuses bad input with field errors, never a 500', async () => {
    expect(
      await fieldErrorsOf(
        alice.recipes.create(
          recipeInput({ name: 'x'.repeat(201), servings: -2, sourceUrl: 'ftp://x' }),
        ),
      ),
    ).toEqual({
      code: 'BAD_REQUEST',
      fieldErrors: {
        name: ['Must be at most 200 characters'],
        servings: ['Servings must be at least 1'],
        sourceUrl: ['Use a full http(s) address'],
      },
    });
    expect(await fieldErrorsOf(alice.recipes.search({ limit: 500 }))).toEqual({
      code: 'BAD_REQUEST',
      fieldErrors: { limit: ['Limit must be at most 100'] },
    });
    expect(await fieldErrorsOf(alice.recipes.search({ cursor: 'not-a-cursor' }))).toEqual({
      code: 'BAD_REQUEST',
      fieldErrors: { cursor: ['This cursor is not valid; start the search again'] },
    });
    const forged = Buffer.from(
      JSON.stringify({ engine: 'postgres', fuzzy: false, snapshot: "x'; drop table", after: {} }),
    ).toString('base64url');
    expect((await fieldErrorsOf(alice.recipes.search({ cursor: forged }))).code).toBe(
      'BAD_REQUEST',
    );
    await expect(alice.recipes.byId({ id: 'not-a-uuid' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    await expect(
      alice.recipes.byId({ id: '00000000-0000-4000-8000-000000000000' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses users without access to the recipes app (403)', async () => {
    const shopper = await signedIn('shopper', ['grocery']);
    await expect(shopper.recipes.search({})).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(shopper.recipes.create(recipeInput())).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});
