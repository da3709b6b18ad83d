import { readQuantityText, toDecimalText } from '@saffron/shared/ingredients';
import type { FieldErrors, TIngredientInput, TRecipeInput } from '@saffron/shared';
import type { IngredientDraft, IngredientItem, StepItem } from './draft-types.ts';

/** The draft row each sent row came from, by position: how errors find their way back. */
export interface RowKeys {
  ingredients: string[];
  /** The heading each sent ingredient row sits under (its `group`), if any. */
  ingredientGroups: (string | undefined)[];
  steps: string[];
  stepGroups: string[];
}

const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());

/** A number, a fraction glyph or a number word; not "-1", which the reader would take for a bullet. */
const readable = (text: string | undefined): text is string =>
  text !== undefined && /^[\p{N}\p{L}]/u.test(text);

/**
 * Amounts as the API stores them: "1 1/2" → 1.5, "½" → 0.5, and a range typed in the amount
 * box, "2-3", → 2 up to 3 (when the upper end is not given apart). Text that does not read as
 * a number is sent as typed, for the schema to refuse with its message.
 */
export function amountInput(
  quantity: string,
  quantityMax: string,
): Pick<TIngredientInput, 'quantity' | 'quantityMax'> {
  const low = optional(quantity);
  const high = optional(quantityMax);
  const read = readable(low) ? readQuantityText(low) : undefined;
  const readHigh = readable(high) ? readQuantityText(high) : undefined;
  const max = readHigh && readHigh.max === undefined ? toDecimalText(readHigh.value) : high;
  if (!read) return { quantity: low, quantityMax: max };
  if (read.max !== undefined && high === undefined) {
    return { quantity: toDecimalText(read.value), quantityMax: toDecimalText(read.max) };
  }
  return { quantity: read.max === undefined ? toDecimalText(read.value) : low, quantityMax: max };
}

const FIELDS = ['quantity', 'quantityMax', 'unit', 'name', 'size', 'preparation', 'note'] as const;
/** A row with nothing typed in it, left out when the recipe is sent. */
export const isBlank = (row: IngredientDraft) => FIELDS.every((field) => row[field].trim() === '');

/** The rows to send, each under the heading before it; blank rows are left out. */
export function ingredientsInput(items: IngredientItem[]) {
  const rows: TIngredientInput[] = [];
  const keys: Pick<RowKeys, 'ingredients' | 'ingredientGroups'> = {
    ingredients: [],
    ingredientGroups: [],
  };
  let heading: { key: string; group: string | undefined } | undefined;
  for (const item of items) {
    if (item.kind === 'heading') {
      heading = { key: item.key, group: optional(item.text) };
      continue;
    }
    if (isBlank(item)) continue;
    rows.push({
      ...amountInput(item.quantity, item.quantityMax),
      unit: optional(item.unit),
      name: item.name,
      size: optional(item.size),
      preparation: optional(item.preparation),
      note: optional(item.note),
      original: item.original,
      group: heading?.group,
    });
    keys.ingredients.push(item.key);
    keys.ingredientGroups.push(heading?.group === undefined ? undefined : heading.key);
  }
  return { rows, keys };
}

/** The steps to send and the headings between them, each before the step at its index. */
export function stepsInput(items: StepItem[]) {
  const steps: string[] = [];
  const stepGroups: NonNullable<TRecipeInput['stepGroups']> = [];
  const keys: Pick<RowKeys, 'steps' | 'stepGroups'> = { steps: [], stepGroups: [] };
  for (const item of items) {
    const text = item.text.trim();
    if (!text) continue;
    if (item.kind === 'heading') {
      stepGroups.push({ at: steps.length, title: text });
      keys.stepGroups.push(item.key);
    } else {
      steps.push(text);
      keys.steps.push(item.key);
    }
  }
  return { steps, stepGroups, keys };
}

/**
 * "ingredients.1.quantity" (of the sent rows) → "ingredients.row-7.quantity" (of the draft);
 * a row's group error goes to its heading ("ingredients.row-3"), a step heading's to
 * "steps.row-9". Other paths are kept.
 */
export function errorsByRow(errors: FieldErrors, rowKeys: RowKeys): FieldErrors {
  const mapped: FieldErrors = {};
  for (const [path, messages] of Object.entries(errors)) {
    const [list, index, field, ...rest] = path.split('.');
    const at = Number(index);
    let target = path;
    if (list === 'ingredients' && field === 'group' && rowKeys.ingredientGroups[at]) {
      target = `ingredients.${rowKeys.ingredientGroups[at]}`;
    } else if (list === 'ingredients' && rowKeys.ingredients[at]) {
      target = ['ingredients', rowKeys.ingredients[at], field, ...rest].filter(Boolean).join('.');
    } else if (list === 'steps' && rowKeys.steps[at]) {
      target = `steps.${rowKeys.steps[at]}`;
    } else if (list === 'stepGroups' && rowKeys.stepGroups[at]) {
      target = `steps.${rowKeys.stepGroups[at]}`;
    }
    // Rows under one heading each report its error: say it once.
    mapped[target] = [...new Set([...(mapped[target] ?? []), ...messages])];
  }
  return mapped;
}
