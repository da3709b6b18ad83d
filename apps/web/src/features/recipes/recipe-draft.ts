import {
  fieldErrorsFrom,
  type FieldErrors,
  type TIngredientInput,
  type TRecipe,
  type TRecipeInput,
  ZRecipeInput,
} from '@saffron/shared';
import type { Validation } from '../../lib/use-form.ts';

let nextKey = 1;
export const newKey = () => `row-${nextKey++}`;

export interface IngredientDraft {
  key: string;
  quantity: string;
  unit: string;
  name: string;
  note: string;
  original?: string | undefined;
  /** Read by the parser or an import; kept as they came until the row editor shows them. */
  parsed?: Pick<TIngredientInput, 'quantityMax' | 'size' | 'preparation' | 'group'>;
}

export interface StepDraft {
  key: string;
  text: string;
}

/** What the form edits: text as typed, rows with stable keys so reordering keeps focus and state. */
export interface RecipeDraft {
  name: string;
  description: string;
  servings: string;
  prepMinutes: string;
  cookMinutes: string;
  sourceUrl: string;
  tags: string;
  steps: StepDraft[];
  ingredients: IngredientDraft[];
  /** What the form does not edit yet, sent back as it came (imports, other apps). */
  kept: Pick<
    TRecipeInput,
    'stepGroups' | 'totalMinutes' | 'yieldText' | 'author' | 'nutrition' | 'notes'
  >;
}

export const emptyIngredient = (): IngredientDraft => ({
  key: newKey(),
  quantity: '',
  unit: '',
  name: '',
  note: '',
});

export function emptyDraft(): RecipeDraft {
  return {
    name: '',
    description: '',
    servings: '',
    prepMinutes: '',
    cookMinutes: '',
    sourceUrl: '',
    tags: '',
    steps: [{ key: newKey(), text: '' }],
    ingredients: [emptyIngredient(), emptyIngredient(), emptyIngredient()],
    kept: { stepGroups: [] },
  };
}

export function draftFrom(recipe: TRecipe): RecipeDraft {
  const text = (value: number | string | undefined) => (value === undefined ? '' : String(value));
  return {
    name: recipe.name,
    description: text(recipe.description),
    servings: text(recipe.servings),
    prepMinutes: text(recipe.prepMinutes),
    cookMinutes: text(recipe.cookMinutes),
    sourceUrl: text(recipe.sourceUrl),
    tags: recipe.tags.join(', '),
    steps: recipe.steps.map((step) => ({ key: newKey(), text: step })),
    kept: {
      stepGroups: recipe.stepGroups,
      totalMinutes: recipe.totalMinutes,
      yieldText: recipe.yieldText,
      author: recipe.author,
      nutrition: recipe.nutrition,
      notes: recipe.notes,
    },
    ingredients: recipe.ingredients.map((row) => ({
      key: newKey(),
      quantity: text(row.quantity),
      unit: text(row.unit),
      name: row.name,
      note: text(row.note),
      original: row.original,
      parsed: {
        quantityMax: row.quantityMax,
        size: row.size,
        preparation: row.preparation,
        group: row.group,
      },
    })),
  };
}

const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());
const optionalNumber = (value: string) => (value.trim() === '' ? undefined : Number(value));

/** The API input, leaving out empty rows, plus which draft row each remaining row came from. */
function toInput(draft: RecipeDraft): { input: TRecipeInput; rowKeys: RowKeys } {
  const ingredients = draft.ingredients.filter((row) =>
    [row.quantity, row.unit, row.name, row.note].some((v) => v.trim()),
  );
  const steps = draft.steps.filter((step) => step.text.trim());
  const input: TRecipeInput = {
    name: draft.name,
    description: optional(draft.description),
    servings: optionalNumber(draft.servings),
    prepMinutes: optionalNumber(draft.prepMinutes),
    cookMinutes: optionalNumber(draft.cookMinutes),
    sourceUrl: optional(draft.sourceUrl),
    tags: draft.tags
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean),
    steps: steps.map((step) => step.text.trim()),
    ...draft.kept,
    ingredients: ingredients.map((row) => ({
      quantity: optional(row.quantity),
      unit: optional(row.unit),
      name: row.name,
      note: optional(row.note),
      original: row.original,
      ...row.parsed,
    })),
  };
  return {
    input,
    rowKeys: {
      ingredients: ingredients.map((row) => row.key),
      steps: steps.map((step) => step.key),
    },
  };
}

/** The draft row each sent row came from, by position. */
export interface RowKeys {
  ingredients: string[];
  steps: string[];
}

/** "ingredients.1.quantity" (of the sent rows) → "ingredients.row-7.quantity" (of the draft). */
export function errorsByRow(errors: FieldErrors, rowKeys: RowKeys): FieldErrors {
  return Object.fromEntries(
    Object.entries(errors).map(([path, messages]) => {
      const [list, index, ...rest] = path.split('.');
      const keys = list === 'ingredients' || list === 'steps' ? rowKeys[list] : undefined;
      const key = keys && index !== undefined ? keys[Number(index)] : undefined;
      return [key ? [list, key, ...rest].join('.') : path, messages];
    }),
  );
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
