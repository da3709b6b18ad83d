import type { Kysely } from 'kysely';
import type { Database } from '../database.ts';

/**
 * A little of everything, in every application table, with the values that are easy to get
 * subtly wrong in a copy: exact decimals, arrays, unicode, quotes and newlines, nulls, and
 * timestamps with microseconds.
 * For backup and restore tests; `passwordHash` lets the caller sign in with a real password.
 */
export async function seedSampleData(
  db: Kysely<Database>,
  { passwordHash, users = 3 }: { passwordHash: string; users?: number },
): Promise<{ usernames: string[] }> {
  const usernames = Array.from({ length: users }, (_, i) => `cook${i + 1}`);
  const owners = await db
    .insertInto('users')
    .values(
      usernames.map((username, i) => ({
        username,
        password_hash: passwordHash,
        role: i === 0 ? 'admin' : 'user',
      })),
    )
    .returning('id')
    .execute();
  for (const [i, { id: ownerId }] of owners.entries()) {
    const recipe = await db
      .insertInto('recipes')
      .values({
        owner_id: ownerId,
        name: `Crème brûlée no. ${i + 1}`,
        description: i % 2 ? null : 'Silky, with a "burnt" top;\nserve cold',
        servings: 4,
        steps: ['Heat the cream', 'Whisk the yolks, ½ cup sugar', 'Bake at 150 °C'],
        tags: ['dessert', 'français'],
        source_url: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('ingredients')
      .values([
        {
          recipe_id: recipe.id,
          position: 0,
          quantity: '2.5000',
          unit: 'cup',
          name: 'cream',
          note: null,
          original: '2½ cups cream',
        },
        {
          recipe_id: recipe.id,
          position: 1,
          quantity: '0.3333',
          unit: null,
          name: 'vanilla pod',
          note: 'split',
          original: null,
        },
      ])
      .execute();
    await db
      .insertInto('attachments')
      .values({
        recipe_id: recipe.id,
        owner_id: ownerId,
        storage_key: `attachments/${recipe.id}/photo`,
        filename: 'brûlée.jpg',
        content_type: 'image/jpeg',
        size: 123_456 + i,
        sha256: 'ab'.repeat(32),
      })
      .execute();
    await db.insertInto('grocery_lists').values({ owner_id: ownerId, version: 3 }).execute();
    await db
      .insertInto('grocery_items')
      .values([
        {
          owner_id: ownerId,
          name: 'Cream',
          food_key: 'cream',
          amounts: JSON.stringify([{ quantity: '2.5', unit: 'cup' }, { text: 'a splash' }]),
          category: 'Dairy & eggs',
          source_recipe_ids: [recipe.id],
          position: 0,
          version: 1,
          checked_at: null,
          deleted_at: null,
        },
        {
          owner_id: ownerId,
          name: 'eggs',
          food_key: 'egg',
          amounts: JSON.stringify([]),
          checked: true,
          checked_at: new Date('2026-11-21T10:00:00.123456Z'),
          category: null,
          position: 1,
          version: 2,
          deleted_at: null,
        },
        {
          owner_id: ownerId,
          name: 'saffron',
          food_key: 'saffron',
          amounts: JSON.stringify([{ quantity: '1', unit: 'g' }]),
          category: null,
          position: 2,
          version: 3,
          checked_at: null,
          deleted_at: new Date(),
        },
      ])
      .execute();
    await db
      .insertInto('search_outbox')
      .values({ recipe_id: recipe.id, owner_id: ownerId, operation: 'upsert', last_error: null })
      .execute();
    await db
      .insertInto('sessions')
      .values({
        id: `${'0'.repeat(62)}${i}${i}`,
        user_id: ownerId,
        idle_expires_at: new Date(Date.now() + 86_400_000),
        absolute_expires_at: new Date(Date.now() + 2 * 86_400_000),
        renewed_at: new Date(),
        user_agent: 'drill',
        ip: '192.0.2.1',
      })
      .execute();
  }
  return { usernames };
}
