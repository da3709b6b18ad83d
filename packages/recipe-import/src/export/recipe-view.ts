import { type DraftLine, type RecipeDraft } from '../draft.ts';
import { isNode, type TNode } from '../schema-org/node.ts';
import { positiveNumber, presentText } from '../values.ts';
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

type Fields = TNode;

function timestamp(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
  return presentText(value);
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** One ingredient row: its original line when it has one, else the line its fields print. */
function ingredientOf(row: unknown): DraftLine | undefined {
  if (typeof row === 'string') return presentText(row) ? { text: row.trim() } : undefined;
  if (!isNode(row)) return undefined;
  const line =
    presentText(row.original) ??
    ingredientLine({
      quantity: row.quantity,
      quantityMax: row.quantityMax,
      unit: presentText(row.unit),
      size: presentText(row.size),
      name: presentText(row.name),
      notes: [presentText(row.preparation), presentText(row.note)],
    });
  const group = presentText(row.group);
  return line ? { text: line, ...(group ? { group } : {}) } : undefined;
}

/** Steps are strings today; a step with a group is `{ text, group }`. */
function stepOf(step: unknown): DraftLine | undefined {
  if (typeof step === 'string') return presentText(step) ? { text: step.trim() } : undefined;
  if (!isNode(step)) return undefined;
  const line = presentText(step.text);
  const group = presentText(step.group);
  return line ? { text: line, ...(group ? { group } : {}) } : undefined;
}

function defined<T>(items: (T | undefined)[]): T[] {
  return items.filter((item): item is T => item !== undefined);
}

export function viewRecipe(recipe: ExportableRecipe): RecipeView {
  const fields: Fields = recipe;
  const optional: Partial<RecipeView> = {
    description: presentText(fields.description),
    servings: positiveNumber(fields.servings),
    yieldText: presentText(fields.yieldText),
    prepMinutes: positiveNumber(fields.prepMinutes),
    cookMinutes: positiveNumber(fields.cookMinutes),
    totalMinutes: positiveNumber(fields.totalMinutes),
    sourceUrl: presentText(fields.sourceUrl),
    createdAt: timestamp(fields.createdAt),
    updatedAt: timestamp(fields.updatedAt),
  };
  return {
    name: presentText(recipe.name) ?? 'Untitled recipe',
    ...(Object.fromEntries(
      Object.entries(optional).filter(([, value]) => value !== undefined),
    ) as Partial<RecipeView>),
    tags: defined(list(fields.tags).map(presentText)),
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
