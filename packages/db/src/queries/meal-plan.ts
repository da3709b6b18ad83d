import { sql, type Kysely } from 'kysely';
import type { Database, MealSlot } from '../database.ts';

export interface MealPlanEntry {
  id: string;
  date: string;
  slot: MealSlot;
  recipeId?: string;
  recipeName?: string;
  note?: string;
  servings?: number;
}

export interface MealPlanFields {
  date: string;
  slot: MealSlot;
  recipeId?: string | undefined;
  note?: string | undefined;
  servings?: number | undefined;
}

const SLOT_ORDER = sql<number>`array_position(array['breakfast', 'lunch', 'dinner', 'snack'], meal_plan_entries.slot)`;

function entries(db: Kysely<Database>, ownerId: string) {
  return db
    .selectFrom('meal_plan_entries')
    .leftJoin('recipes', 'recipes.id', 'meal_plan_entries.recipe_id')
    .select([
      'meal_plan_entries.id',
      'meal_plan_entries.day',
      'meal_plan_entries.slot',
      'meal_plan_entries.recipe_id',
      // The recipe's name now; the one it had when planned once it is gone.
      sql<string | null>`coalesce(recipes.name, meal_plan_entries.recipe_name)`.as('recipe_name'),
      'meal_plan_entries.note',
      'meal_plan_entries.servings',
    ])
    .where('meal_plan_entries.owner_id', '=', ownerId);
}

type EntryRow = Awaited<ReturnType<ReturnType<typeof entries>['executeTakeFirstOrThrow']>>;

function toEntry(row: EntryRow): MealPlanEntry {
  return {
    id: row.id,
    date: row.day,
    slot: row.slot,
    ...(row.recipe_id === null ? {} : { recipeId: row.recipe_id }),
    ...(row.recipe_name === null ? {} : { recipeName: row.recipe_name }),
    ...(row.note === null ? {} : { note: row.note }),
    ...(row.servings === null ? {} : { servings: row.servings }),
  };
}

/** The plan from one day to another, both included, by day, then meal, then when planned. */
export async function listMealPlan(
  db: Kysely<Database>,
  { ownerId, from, to }: { ownerId: string; from: string; to: string },
): Promise<MealPlanEntry[]> {
  const rows = await entries(db, ownerId)
    .where('meal_plan_entries.day', '>=', from)
    .where('meal_plan_entries.day', '<=', to)
    .orderBy('meal_plan_entries.day')
    .orderBy(SLOT_ORDER)
    .orderBy('meal_plan_entries.created_at')
    .orderBy('meal_plan_entries.id')
    .execute();
  return rows.map(toEntry);
}

export async function findMealPlanEntry(
  db: Kysely<Database>,
  { ownerId, id }: { ownerId: string; id: string },
): Promise<MealPlanEntry | undefined> {
  const row = await entries(db, ownerId).where('meal_plan_entries.id', '=', id).executeTakeFirst();
  return row && toEntry(row);
}

/** The name a recipe is planned under, if the owner can see it. */
async function plannableRecipeName(
  db: Kysely<Database>,
  ownerId: string,
  recipeId: string,
): Promise<string | undefined> {
  const recipe = await db
    .selectFrom('recipes')
    .select('name')
    .where('id', '=', recipeId)
    .where('owner_id', '=', ownerId)
    .executeTakeFirst();
  return recipe?.name;
}

export type MealPlanWrite = { ok: true; id: string } | { ok: false; missing: 'recipe' | 'entry' };

export async function insertMealPlanEntry(
  db: Kysely<Database>,
  ownerId: string,
  fields: MealPlanFields,
): Promise<MealPlanWrite> {
  const recipeName = fields.recipeId && (await plannableRecipeName(db, ownerId, fields.recipeId));
  if (fields.recipeId && !recipeName) return { ok: false, missing: 'recipe' };
  const { id } = await db
    .insertInto('meal_plan_entries')
    .values({
      owner_id: ownerId,
      day: fields.date,
      slot: fields.slot,
      recipe_id: fields.recipeId ?? null,
      recipe_name: recipeName || null,
      note: fields.note ?? null,
      servings: fields.servings ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { ok: true, id };
}

/** Moves or edits an entry; a field left out stays, `null` clears it. */
export async function updateMealPlanEntry(
  db: Kysely<Database>,
  { ownerId, id }: { ownerId: string; id: string },
  change: {
    date?: string | undefined;
    slot?: MealSlot | undefined;
    recipeId?: string | null | undefined;
    note?: string | null | undefined;
    servings?: number | null | undefined;
  },
): Promise<MealPlanWrite> {
  const recipeName = change.recipeId
    ? await plannableRecipeName(db, ownerId, change.recipeId)
    : undefined;
  if (change.recipeId && !recipeName) return { ok: false, missing: 'recipe' };
  const updated = await db
    .updateTable('meal_plan_entries')
    .set({
      ...(change.date === undefined ? {} : { day: change.date }),
      ...(change.slot === undefined ? {} : { slot: change.slot }),
      ...(change.recipeId === undefined
        ? {}
        : { recipe_id: change.recipeId, recipe_name: recipeName ?? null }),
      ...(change.note === undefined ? {} : { note: change.note }),
      ...(change.servings === undefined ? {} : { servings: change.servings }),
    })
    .where('id', '=', id)
    .where('owner_id', '=', ownerId)
    .returning('id')
    .executeTakeFirst();
  return updated ? { ok: true, id } : { ok: false, missing: 'entry' };
}

export async function deleteMealPlanEntry(
  db: Kysely<Database>,
  { ownerId, id }: { ownerId: string; id: string },
): Promise<boolean> {
  const deleted = await db
    .deleteFrom('meal_plan_entries')
    .where('id', '=', id)
    .where('owner_id', '=', ownerId)
    .executeTakeFirst();
  return deleted.numDeletedRows > 0n;
}
