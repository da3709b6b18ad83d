import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database, StepGroupJson } from '../database.ts';
import { enqueueSearchChange } from './search-outbox.ts';

export interface RecipeFields {
  name: string;
  description?: string | undefined;
  servings?: number | undefined;
  prepMinutes?: number | undefined;
  cookMinutes?: number | undefined;
  totalMinutes?: number | undefined;
  yieldText?: string | undefined;
  author?: string | undefined;
  nutrition?: string | undefined;
  notes?: string | undefined;
  sourceUrl?: string | undefined;
  steps: string[];
  stepGroups?: StepGroupJson[] | undefined;
  tags: string[];
}

export interface IngredientFields {
  quantity?: string | undefined;
  quantityMax?: string | undefined;
  unit?: string | undefined;
  name: string;
  size?: string | undefined;
  preparation?: string | undefined;
  note?: string | undefined;
  original?: string | undefined;
  group?: string | undefined;
}

export interface RecipeWrite {
  ownerId: string;
  fields: RecipeFields;
  ingredients: IngredientFields[];
  /** Also queue the change for an external search engine, in the same transaction. */
  outbox: boolean;
}

export interface RecipeStamp {
  id: string;
  createdAt: Date;
  updatedAt: Date;
}

/** The search columns, computed from exactly what is being saved. */
function searchColumns({ fields, ingredients }: Pick<RecipeWrite, 'fields' | 'ingredients'>) {
  const tags = fields.tags.join(' ');
  const ingredientNames = ingredients.map((ingredient) => ingredient.name).join(' ');
  const description = fields.description ?? '';
  return {
    search_vector: sql<string>`
      setweight(to_tsvector('english', ${fields.name}), 'A') ||
      setweight(to_tsvector('english', ${tags}), 'B') ||
      setweight(to_tsvector('english', ${ingredientNames}), 'C') ||
      setweight(to_tsvector('english', ${description}), 'D')`,
    search_text: `${fields.name} ${tags} ${ingredientNames}`.toLowerCase(),
  };
}

function recipeColumns(write: Pick<RecipeWrite, 'fields' | 'ingredients'>) {
  const { fields } = write;
  return {
    name: fields.name,
    description: fields.description ?? null,
    servings: fields.servings ?? null,
    prep_minutes: fields.prepMinutes ?? null,
    cook_minutes: fields.cookMinutes ?? null,
    total_minutes: fields.totalMinutes ?? null,
    yield_text: fields.yieldText ?? null,
    author: fields.author ?? null,
    nutrition: fields.nutrition ?? null,
    notes: fields.notes ?? null,
    source_url: fields.sourceUrl ?? null,
    steps: fields.steps,
    step_groups: JSON.stringify(fields.stepGroups ?? []),
    tags: fields.tags,
    ...searchColumns(write),
  };
}

function ingredientRows(recipeId: string, rows: IngredientFields[]) {
  return rows.map((row, position) => ({
    recipe_id: recipeId,
    position,
    quantity: row.quantity ?? null,
    quantity_max: row.quantityMax ?? null,
    unit: row.unit ?? null,
    name: row.name,
    size: row.size ?? null,
    preparation: row.preparation ?? null,
    note: row.note ?? null,
    original: row.original ?? null,
    group_name: row.group ?? null,
  }));
}

async function insertIngredients(
  trx: Transaction<Database>,
  recipeId: string,
  rows: IngredientFields[],
) {
  if (rows.length > 0)
    await trx.insertInto('ingredients').values(ingredientRows(recipeId, rows)).execute();
}

const stampColumns = ['id', 'created_at as createdAt', 'updated_at as updatedAt'] as const;

/** A new recipe inside a transaction the caller holds (an import writes its own state beside it). */
export async function insertRecipe(
  trx: Transaction<Database>,
  write: RecipeWrite,
): Promise<RecipeStamp> {
  const stamp = await trx
    .insertInto('recipes')
    .values({ owner_id: write.ownerId, ...recipeColumns(write) })
    .returning(stampColumns)
    .executeTakeFirstOrThrow();
  await insertIngredients(trx, stamp.id, write.ingredients);
  if (write.outbox)
    await enqueueSearchChange(trx, {
      recipeId: stamp.id,
      ownerId: write.ownerId,
      operation: 'upsert',
    });
  return stamp;
}

export function createRecipe(db: Kysely<Database>, write: RecipeWrite): Promise<RecipeStamp> {
  return db.transaction().execute((trx) => insertRecipe(trx, write));
}

/** The person's recipe imported from this address, if any ("already in your recipes"). */
export async function findRecipeIdBySourceUrl(
  db: Kysely<Database>,
  { ownerId, urls }: { ownerId: string; urls: string[] },
): Promise<string | undefined> {
  if (urls.length === 0) return undefined;
  const row = await db
    .selectFrom('recipes')
    .select('id')
    .where('owner_id', '=', ownerId)
    .where('source_url', 'in', urls)
    .orderBy('created_at')
    .limit(1)
    .executeTakeFirst();
  return row?.id;
}

/** Replaces the recipe and all its ingredient rows at once; undefined when it is not the owner's. */
export async function updateRecipe(
  db: Kysely<Database>,
  id: string,
  write: RecipeWrite,
): Promise<RecipeStamp | undefined> {
  return db.transaction().execute(async (trx) => {
    const stamp = await trx
      .updateTable('recipes')
      .set(recipeColumns(write))
      .where('id', '=', id)
      .where('owner_id', '=', write.ownerId)
      .returning(stampColumns)
      .executeTakeFirst();
    if (!stamp) return undefined;
    await trx.deleteFrom('ingredients').where('recipe_id', '=', id).execute();
    await insertIngredients(trx, id, write.ingredients);
    if (write.outbox)
      await enqueueSearchChange(trx, { recipeId: id, ownerId: write.ownerId, operation: 'upsert' });
    return stamp;
  });
}

/** Deletes the recipe with its ingredients and attachment rows; false when it is not the owner's. */
export async function deleteRecipe(
  db: Kysely<Database>,
  params: { id: string; ownerId: string; outbox: boolean },
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const deleted = await trx
      .deleteFrom('recipes')
      .where('id', '=', params.id)
      .where('owner_id', '=', params.ownerId)
      .returning('id')
      .executeTakeFirst();
    if (!deleted) return false;
    if (params.outbox) {
      await enqueueSearchChange(trx, {
        recipeId: params.id,
        ownerId: params.ownerId,
        operation: 'delete',
      });
    }
    return true;
  });
}

/**
 * Many recipes in one transaction (seeding, imports): two statements however many rows,
 * instead of a round trip per recipe and per ingredient.
 */
export async function createRecipes(
  db: Kysely<Database>,
  writes: RecipeWrite[],
): Promise<string[]> {
  if (writes.length === 0) return [];
  return db.transaction().execute(async (trx) => {
    const rows = await trx
      .insertInto('recipes')
      .values(writes.map((write) => ({ owner_id: write.ownerId, ...recipeColumns(write) })))
      .returning('id')
      .execute();
    const ids = rows.map((row) => row.id);
    const allRows = writes.flatMap((write, i) => ingredientRows(ids[i]!, write.ingredients));
    // Postgres takes at most 65,535 parameters per statement: 11 per ingredient row.
    for (let start = 0; start < allRows.length; start += 5_000) {
      await trx
        .insertInto('ingredients')
        .values(allRows.slice(start, start + 5_000))
        .execute();
    }
    const queued = writes.flatMap((write, i) =>
      write.outbox
        ? [{ recipe_id: ids[i]!, owner_id: write.ownerId, operation: 'upsert' as const }]
        : [],
    );
    if (queued.length > 0) await trx.insertInto('search_outbox').values(queued).execute();
    return ids;
  });
}
