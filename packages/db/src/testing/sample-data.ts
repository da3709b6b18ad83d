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
    await db
      .insertInto('grocery_items')
      .values([
        {
          owner_id: ownerId,
          name: 'cream',
          quantity: '2.5',
          unit: 'cup',
          source_recipe_id: recipe.id,
          position: 0,
        },
        {
          owner_id: ownerId,
          name: 'eggs',
          checked: true,
          quantity: null,
          unit: null,
          source_recipe_id: null,
          position: 1,
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
