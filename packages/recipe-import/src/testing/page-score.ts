import { type RecipeDraft } from '../draft.ts';
import { type TPageExpectation } from './page-corpus.ts';

/**
 * When a field of a draft is "right" for a saved page. Text compares after Unicode (NFKC),
 * case and whitespace folding and nothing else: an ingredient line must be the line as printed.
 */
export const FIELDS = [
  'title',
  'ingredients',
  'steps',
  'stepByStep',
  'servings',
  'prep',
  'cook',
  'total',
] as const;
export type TField = (typeof FIELDS)[number];

export function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

function sameList(actual: readonly string[], expected: readonly string[]): boolean {
  return (
    actual.length === expected.length &&
    actual.every((line, index) => fold(line) === fold(expected[index] ?? ''))
  );
}

/** The first whole number in a text: "8 servings" → 8, "1 loaf" → 1. */
function countIn(text: string | null | undefined): number | undefined {
  const digits = /\d+/.exec(text ?? '');
  return digits === null ? undefined : Number(digits[0]);
}

const sameMinutes = (actual: number | undefined, expected: number | null): boolean =>
  (actual ?? null) === expected;

/**
 * Each field's verdict. Ingredients: the same lines in the same order (groups flattened).
 * Steps: the same text once the steps are joined (sites and the reference split paragraphs
 * differently); stepByStep: also the same split. Servings: the number in the reference yield
 * equals the draft's servings, or the number of its printed yield when it counts no servings.
 * Times: equal minutes, absent on both sides counting as equal.
 */
export function scoreDraft(
  draft: RecipeDraft | undefined,
  expected: TPageExpectation,
): Record<TField, boolean> {
  if (draft === undefined)
    return Object.fromEntries(FIELDS.map((field) => [field, false])) as Record<TField, boolean>;
  const steps = draft.steps.map((step) => step.text);
  return {
    title: fold(draft.name) === fold(expected.title),
    ingredients: sameList(
      draft.ingredients.map((line) => line.text),
      expected.ingredients,
    ),
    steps: fold(steps.join(' ')) === fold(expected.instructions_list.join(' ')),
    stepByStep: sameList(steps, expected.instructions_list),
    servings: (draft.servings ?? countIn(draft.yieldText)) === countIn(expected.yields),
    prep: sameMinutes(draft.prepMinutes, expected.prep_time),
    cook: sameMinutes(draft.cookMinutes, expected.cook_time),
    total: sameMinutes(draft.totalMinutes, expected.total_time),
  };
}
