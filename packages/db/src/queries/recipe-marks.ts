import { sql, type Kysely } from 'kysely';
import type { Database } from '../database.ts';

export interface RecipeMarks {
  favourite: boolean;
  rating?: number;
  timesCooked: number;
  lastCookedAt?: Date;
}

export interface CookLogEntry {
  id: string;
  cookedAt: Date;
  note?: string;
}

interface MarkKey {
  userId: string;
  recipeId: string;
}

/** The recipe, if this person may see it: marks never reach another person's recipe. */
function visibleRecipe(db: Kysely<Database>, { userId, recipeId }: MarkKey) {
  return db
    .selectFrom('recipes')
    .select([sql<string>`${userId}::uuid`.as('user_id'), 'recipes.id as recipe_id'])
    .where('recipes.id', '=', recipeId)
    .where('recipes.owner_id', '=', userId);
}

/** A favourite or a rating, written in one statement; false when the recipe is not theirs. */
export async function writeRecipeMark(
  db: Kysely<Database>,
  key: MarkKey,
  mark: { favourite: boolean } | { rating: number | null },
): Promise<boolean> {
  const [column, value] =
    'favourite' in mark
      ? (['favourite', mark.favourite] as const)
      : (['rating', mark.rating] as const);
  const written = await db
    .insertInto('recipe_marks')
    .columns(['user_id', 'recipe_id', column])
    .expression(
      visibleRecipe(db, key).select(
        column === 'favourite'
          ? sql<boolean>`${value}::boolean`.as('favourite')
          : sql<number>`${value}::smallint`.as('rating'),
      ),
    )
    .onConflict((conflict) =>
      conflict.columns(['user_id', 'recipe_id']).doUpdateSet((eb) => ({
        [column]: eb.ref(`excluded.${column}`),
      })),
    )
    .returning('recipe_id')
    .executeTakeFirst();
  return written !== undefined;
}

/** "Cooked today": false when the recipe is not theirs. */
export async function addCookLogEntry(
  db: Kysely<Database>,
  key: MarkKey,
  note: string | undefined,
): Promise<boolean> {
  const written = await db
    .insertInto('cook_log')
    .columns(['user_id', 'recipe_id', 'note'])
    .expression(visibleRecipe(db, key).select(sql<string | null>`${note ?? null}::text`.as('note')))
    .returning('id')
    .executeTakeFirst();
  return written !== undefined;
}

/** What this person keeps about the recipe; undefined when it is not theirs. */
export async function findRecipeMarks(
  db: Kysely<Database>,
  { userId, recipeId }: MarkKey,
): Promise<RecipeMarks | undefined> {
  const row = await db
    .selectFrom('recipes')
    .leftJoin('recipe_marks', (join) =>
      join
        .onRef('recipe_marks.recipe_id', '=', 'recipes.id')
        .on('recipe_marks.user_id', '=', userId),
    )
    .select((eb) => [
      'recipe_marks.favourite',
      'recipe_marks.rating',
      eb
        .selectFrom('cook_log')
        .select((inner) => inner.fn.countAll<number>().as('count'))
        .whereRef('cook_log.recipe_id', '=', 'recipes.id')
        .where('cook_log.user_id', '=', userId)
        .as('times_cooked'),
      eb
        .selectFrom('cook_log')
        .select((inner) => inner.fn.max('cook_log.cooked_at').as('last'))
        .whereRef('cook_log.recipe_id', '=', 'recipes.id')
        .where('cook_log.user_id', '=', userId)
        .as('last_cooked_at'),
    ])
    .where('recipes.id', '=', recipeId)
    .where('recipes.owner_id', '=', userId)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    favourite: row.favourite ?? false,
    ...(row.rating === null ? {} : { rating: row.rating }),
    timesCooked: Number(row.times_cooked ?? 0),
    ...(row.last_cooked_at ? { lastCookedAt: row.last_cooked_at } : {}),
  };
}

/** The days this person cooked the recipe, newest first. */
export async function listCookLog(
  db: Kysely<Database>,
  { userId, recipeId }: MarkKey,
  limit: number,
): Promise<CookLogEntry[]> {
  const rows = await db
    .selectFrom('cook_log')
    .select(['id', 'cooked_at', 'note'])
    .where('user_id', '=', userId)
    .where('recipe_id', '=', recipeId)
    .orderBy('cooked_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    cookedAt: row.cooked_at,
    ...(row.note === null ? {} : { note: row.note }),
  }));
}
