import { type DraftLine, type RecipeDraft } from '../draft.ts';
import { ingredientLine } from '../text/printed-ingredient.ts';
import { type ExportableRecipe } from './types.ts';

/**
 * The fields of an api recipe that schema.org, "Copy as text" and a draft need, read
 * defensively: the recipe is opaque JSON whose shape grows, so an unexpected value is left
 * out rather than trusted.
 */
export interface RecipeView extends Pick<
  RecipeDraft,
  | 'name'
  | 'description'
  | 'servings'
  | 'yieldText'
  | 'prepMinutes'
  | 'cookMinutes'
  | 'totalMinutes'
  | 'sourceUrl'
  | 'tags'
  | 'ingredients'
  | 'steps'
> {
  createdAt?: string;
  updatedAt?: string;
}

type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function positive(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;
}

function timestamp(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
  return text(value);
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** One ingredient row: its original line when it has one, else the line its fields print. */
function ingredientOf(row: unknown): DraftLine | undefined {
  if (typeof row === 'string') return text(row) ? { text: row.trim() } : undefined;
  if (!isObject(row)) return undefined;
  const line =
    text(row.original) ??
    ingredientLine({
      quantity: row.quantity,
      quantityMax: row.quantityMax,
      unit: text(row.unit),
      size: text(row.size),
      name: text(row.name),
      notes: [text(row.preparation), text(row.note)],
    });
  const group = text(row.group);
  return line ? { text: line, ...(group ? { group } : {}) } : undefined;
}

/** Steps are strings today; a step with a group is `{ text, group }`. */
function stepOf(step: unknown): DraftLine | undefined {
  if (typeof step === 'string') return text(step) ? { text: step.trim() } : undefined;
  if (!isObject(step)) return undefined;
  const line = text(step.text);
  const group = text(step.group);
  return line ? { text: line, ...(group ? { group } : {}) } : undefined;
}

function defined<T>(items: (T | undefined)[]): T[] {
  return items.filter((item): item is T => item !== undefined);
}

export function viewRecipe(recipe: ExportableRecipe): RecipeView {
  const fields: Fields = recipe;
  const optional: Partial<RecipeView> = {
    description: text(fields.description),
    servings: positive(fields.servings),
    yieldText: text(fields.yieldText),
    prepMinutes: positive(fields.prepMinutes),
    cookMinutes: positive(fields.cookMinutes),
    totalMinutes: positive(fields.totalMinutes),
    sourceUrl: text(fields.sourceUrl),
    createdAt: timestamp(fields.createdAt),
    updatedAt: timestamp(fields.updatedAt),
  };
  return {
    name: text(recipe.name) ?? 'Untitled recipe',
    ...(Object.fromEntries(
      Object.entries(optional).filter(([, value]) => value !== undefined),
    ) as Partial<RecipeView>),
    tags: defined(list(fields.tags).map(text)),
    ingredients: defined(list(fields.ingredients).map(ingredientOf)),
    steps: defined(list(fields.steps).map(stepOf)),
  };
}

/** Total time as stated, else the sum of the parts that are known. */
export function totalMinutesOf(view: RecipeView): number | undefined {
  if (view.totalMinutes !== undefined) return view.totalMinutes;
  if (view.prepMinutes === undefined && view.cookMinutes === undefined) return undefined;
  return (view.prepMinutes ?? 0) + (view.cookMinutes ?? 0);
}
