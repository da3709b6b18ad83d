import {
  fieldErrorsFrom,
  type TRecipeData,
  type TRecipeInput,
  ZRecipeInput,
} from '@saffron/shared';
import type { Validation } from '../../lib/use-form.ts';
import { errorsByRow, ingredientsInput, stepsInput, type RowKeys } from './draft-rows.ts';
import type {
  HeadingDraft,
  IngredientDraft,
  IngredientItem,
  RecipeDraft,
  StepDraft,
  StepItem,
} from './draft-types.ts';

export { errorsByRow, type RowKeys } from './draft-rows.ts';
export type * from './draft-types.ts';

let nextKey = 1;
export const newKey = () => `row-${nextKey++}`;

export const emptyIngredient = (): IngredientDraft => ({
  kind: 'ingredient',
  key: newKey(),
  quantity: '',
  quantityMax: '',
  unit: '',
  name: '',
  size: '',
  preparation: '',
  note: '',
});

export const emptyStep = (): StepDraft => ({ kind: 'step', key: newKey(), text: '' });
export const emptyHeading = (text = ''): HeadingDraft => ({ kind: 'heading', key: newKey(), text });

export function emptyDraft(): RecipeDraft {
  return {
    ...draftText({ name: '', tags: [] }),
    steps: [emptyStep()],
    ingredients: [emptyIngredient(), emptyIngredient(), emptyIngredient()],
  };
}

const text = (value: number | string | undefined) => (value === undefined ? '' : String(value));

type TextFields = Exclude<keyof RecipeDraft, 'ingredients' | 'steps'>;
type RecipeFields = Pick<TRecipeData, 'name' | 'tags'> & Partial<TRecipeData>;

function draftText(recipe: RecipeFields): Pick<RecipeDraft, TextFields> {
  return {
    name: recipe.name,
    description: text(recipe.description),
    servings: text(recipe.servings),
    prepMinutes: text(recipe.prepMinutes),
    cookMinutes: text(recipe.cookMinutes),
    totalMinutes: text(recipe.totalMinutes),
    yieldText: text(recipe.yieldText),
    author: text(recipe.author),
    nutrition: text(recipe.nutrition),
    notes: text(recipe.notes),
    sourceUrl: text(recipe.sourceUrl),
    tags: recipe.tags.join(', '),
  };
}

/** A recipe (saved, or read by an import) as the form edits it. */
export function draftFrom(recipe: TRecipeData): RecipeDraft {
  const ingredients: IngredientItem[] = [];
  let group: string | undefined;
  for (const row of recipe.ingredients) {
    // A row without a group after a grouped one sits under an empty heading: the group ends.
    if (row.group !== group) ingredients.push(emptyHeading(row.group));
    group = row.group;
    ingredients.push({
      kind: 'ingredient',
      key: newKey(),
      quantity: text(row.quantity),
      quantityMax: text(row.quantityMax),
      unit: text(row.unit),
      name: row.name,
      size: text(row.size),
      preparation: text(row.preparation),
      note: text(row.note),
      original: row.original,
    });
  }
  const headingsAt = (at: number) =>
    recipe.stepGroups
      .filter((heading) => heading.at === at)
      .map((heading) => emptyHeading(heading.title));
  const steps: StepItem[] = recipe.steps.flatMap((step, at) => [
    ...headingsAt(at),
    { kind: 'step' as const, key: newKey(), text: step },
  ]);
  // A heading after the last step stays where it was.
  steps.push(
    ...recipe.stepGroups
      .filter((heading) => heading.at >= recipe.steps.length)
      .map((heading) => emptyHeading(heading.title)),
  );
  return { ...draftText(recipe), ingredients, steps };
}

const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());
const optionalNumber = (value: string) => (value.trim() === '' ? undefined : Number(value));

/** The API input, leaving out empty rows, plus which draft row each remaining row came from. */
function toInput(draft: RecipeDraft): { input: TRecipeInput; rowKeys: RowKeys } {
  const ingredients = ingredientsInput(draft.ingredients);
  const steps = stepsInput(draft.steps);
  const input: TRecipeInput = {
    name: draft.name,
    description: optional(draft.description),
    servings: optionalNumber(draft.servings),
    prepMinutes: optionalNumber(draft.prepMinutes),
    cookMinutes: optionalNumber(draft.cookMinutes),
    totalMinutes: optionalNumber(draft.totalMinutes),
    yieldText: optional(draft.yieldText),
    author: optional(draft.author),
    nutrition: optional(draft.nutrition),
    notes: optional(draft.notes),
    sourceUrl: optional(draft.sourceUrl),
    tags: draft.tags
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean),
    steps: steps.steps,
    stepGroups: steps.stepGroups,
    ingredients: ingredients.rows,
  };
  return { input, rowKeys: { ...ingredients.keys, ...steps.keys } };
}

/** Validates with the API's own schema; field errors point at the exact input to fix. */
export function validateDraft(
  draft: RecipeDraft,
): Validation<{ input: TRecipeInput; rowKeys: RowKeys }> {
  const { input, rowKeys } = toInput(draft);
  const result = ZRecipeInput.safeParse(input);
  return result.success
    ? { ok: true, data: { input, rowKeys } }
    : { ok: false, errors: errorsByRow(fieldErrorsFrom(result.error), rowKeys) };
}
