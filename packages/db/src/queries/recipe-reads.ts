import { sql, type Kysely } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { Database, StepGroupJson } from '../database.ts';

export interface IngredientRecord {
  quantity: string | null;
  quantityMax: string | null;
  unit: string | null;
  name: string;
  size: string | null;
  preparation: string | null;
  note: string | null;
  original: string | null;
  group: string | null;
}

export interface AttachmentRecord {
  id: string;
  filename: string;
  contentType: string;
  size: number;
  hasThumbnail: boolean;
  createdAt: string;
}

export interface RecipeRecord {
  id: string;
  name: string;
  description: string | null;
  servings: number | null;
  prepMinutes: number | null;
  cookMinutes: number | null;
  totalMinutes: number | null;
  yieldText: string | null;
  author: string | null;
  nutrition: string | null;
  notes: string | null;
  sourceUrl: string | null;
  steps: string[];
  stepGroups: StepGroupJson[];
  tags: string[];
  createdAt: Date;
  updatedAt: Date;
  ingredients: IngredientRecord[];
  attachments: AttachmentRecord[];
}

/** One recipe with its ingredient rows and attachments, in one round trip, only if it is the owner's. */
export async function findRecipe(
  db: Kysely<Database>,
  { id, ownerId }: { id: string; ownerId: string },
): Promise<RecipeRecord | undefined> {
  return db
    .selectFrom('recipes as r')
    .select((eb) => [
      'r.id',
      'r.name',
      'r.description',
      'r.servings',
      'r.prep_minutes as prepMinutes',
      'r.cook_minutes as cookMinutes',
      'r.total_minutes as totalMinutes',
      'r.yield_text as yieldText',
      'r.author',
      'r.nutrition',
      'r.notes',
      'r.source_url as sourceUrl',
      'r.steps',
      'r.step_groups as stepGroups',
      'r.tags',
      'r.created_at as createdAt',
      'r.updated_at as updatedAt',
      jsonArrayFrom(
        eb
          .selectFrom('ingredients as i')
          .select([
            // numeric(12,4) keeps "2.5000"; the exact value reads better as "2.5".
            sql<string | null>`trim_scale(i.quantity)::text`.as('quantity'),
            sql<string | null>`trim_scale(i.quantity_max)::text`.as('quantityMax'),
            'i.unit',
            'i.name',
            'i.size',
            'i.preparation',
            'i.note',
            'i.original',
            'i.group_name as group',
          ])
          .whereRef('i.recipe_id', '=', 'r.id')
          .orderBy('i.position'),
      ).as('ingredients'),
      jsonArrayFrom(
        eb
          .selectFrom('attachments as a')
          .select([
            'a.id',
            'a.filename',
            'a.content_type as contentType',
            'a.size',
            sql<boolean>`a.thumbnail_key is not null`.as('hasThumbnail'),
            'a.created_at as createdAt',
          ])
          .whereRef('a.recipe_id', '=', 'r.id')
          .orderBy('a.created_at')
          .orderBy('a.id'),
      ).as('attachments'),
    ])
    .where('r.id', '=', id)
    .where('r.owner_id', '=', ownerId)
    .executeTakeFirst();
}

export interface RecipeSummaryRecord {
  id: string;
  name: string;
  tags: string[];
  updatedAt: Date;
}

/** Summaries for ids an external engine returned, re-checked against the owner, in the engine's order. */
export async function findRecipeSummaries(
  db: Kysely<Database>,
  { ownerId, ids }: { ownerId: string; ids: string[] },
): Promise<RecipeSummaryRecord[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('recipes')
    .select(['id', 'name', 'tags', 'updated_at as updatedAt'])
    .where('owner_id', '=', ownerId)
    .where('id', 'in', ids)
    .execute();
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export interface RecipeSearchDocument {
  id: string;
  ownerId: string;
  name: string;
  tags: string[];
  ingredients: string[];
  description: string | null;
  createdAt: Date;
}

/** What an external search engine indexes; `ids` for given recipes, or pages of all of them for a reindex. */
export async function findRecipeSearchDocuments(
  db: Kysely<Database>,
  params: { ids: string[] } | { afterId: string | null; limit: number },
): Promise<RecipeSearchDocument[]> {
  let query = db
    .selectFrom('recipes as r')
    .select((eb) => [
      'r.id',
      'r.owner_id as ownerId',
      'r.name',
      'r.tags',
      'r.description',
      'r.created_at as createdAt',
      eb
        .selectFrom('ingredients as i')
        .select(sql<string[]>`coalesce(array_agg(i.name order by i.position), '{}')`.as('names'))
        .whereRef('i.recipe_id', '=', 'r.id')
        .as('ingredients'),
    ])
    .orderBy('r.id');
  if ('ids' in params) {
    if (params.ids.length === 0) return [];
    query = query.where('r.id', 'in', params.ids);
  } else {
    if (params.afterId) query = query.where('r.id', '>', params.afterId);
    query = query.limit(params.limit);
  }
  const rows = await query.execute();
  return rows.map((row) => ({ ...row, ingredients: row.ingredients ?? [] }));
}

const present = <T>(value: T | null): T | undefined => value ?? undefined;

/**
 * A recipe's own fields as the api shapes them (absent values left out, not null): what
 * `recipes.byId` answers without its attachments, and what an export writes.
 */
export function recipeFieldsOf(record: RecipeRecord) {
  return {
    id: record.id,
    name: record.name,
    description: present(record.description),
    servings: present(record.servings),
    prepMinutes: present(record.prepMinutes),
    cookMinutes: present(record.cookMinutes),
    totalMinutes: present(record.totalMinutes),
    yieldText: present(record.yieldText),
    author: present(record.author),
    nutrition: present(record.nutrition),
    notes: present(record.notes),
    sourceUrl: present(record.sourceUrl),
    steps: record.steps,
    stepGroups: record.stepGroups,
    tags: record.tags,
    ingredients: record.ingredients.map((row) => ({
      quantity: present(row.quantity),
      quantityMax: present(row.quantityMax),
      unit: present(row.unit),
      name: row.name,
      size: present(row.size),
      preparation: present(row.preparation),
      note: present(row.note),
      original: present(row.original),
      group: present(row.group),
    })),
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}

/** The ids of a person's recipes, oldest first, a page at a time (exports walk them all). */
export async function listRecipeIds(
  db: Kysely<Database>,
  { ownerId, afterId, limit }: { ownerId: string; afterId: string | null; limit: number },
): Promise<string[]> {
  let query = db
    .selectFrom('recipes')
    .select('id')
    .where('owner_id', '=', ownerId)
    .orderBy('id')
    .limit(limit);
  if (afterId) query = query.where('id', '>', afterId);
  return (await query.execute()).map((row) => row.id);
}
