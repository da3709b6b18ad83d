import { type DraftLine, type RecipeDraft } from '../draft.ts';
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

/** The lines with each group heading printed above its lines, as the reference flattens them. */
function withHeadings(lines: readonly DraftLine[]): string[] {
  return lines.flatMap((line, index) => {
    const heading = line.group !== undefined && line.group !== lines[index - 1]?.group;
    return heading ? [line.group ?? '', line.text] : [line.text];
  });
}

/** Both readings of a grouped list: the bare lines, and the lines under printed headings. */
function readings(lines: readonly DraftLine[]): string[][] {
  return [lines.map((line) => line.text), withHeadings(lines)];
}

const sameText = (actual: readonly string[], expected: readonly string[]): boolean =>
  fold(actual.join(' ')) === fold(expected.join(' '));

const sameMinutes = (actual: number | undefined, expected: number | null): boolean =>
  (actual ?? null) === expected;

/** The reference's count is the draft's servings or its printed yield's; no count on either side. */
function sameServings(draft: RecipeDraft, expected: string | null): boolean {
  const counts = [draft.servings, countIn(draft.yieldText)];
  const count = countIn(expected);
  return count === undefined
    ? counts.every((value) => value === undefined)
    : counts.includes(count);
}

/**
 * Each field's verdict. Ingredients: the same lines in the same order (groups flattened; the
 * reference sometimes keeps a group's heading as a line, so the draft's lines with their group
 * headings printed above them count as well).
 * Steps: the same text once the steps are joined (sites and the reference split paragraphs
 * differently); stepByStep: also the same split. Servings: the number in the reference yield
 * equals the draft's servings or the number of its printed yield ("2 pies" beside 20 servings);
 * a reference without a count wants a draft without one.
 * Times: equal minutes, absent on both sides counting as equal.
 */
export function scoreDraft(
  draft: RecipeDraft | undefined,
  expected: TPageExpectation,
): Record<TField, boolean> {
  if (draft === undefined)
    return Object.fromEntries(FIELDS.map((field) => [field, false])) as Record<TField, boolean>;
  const ingredients = readings(draft.ingredients);
  const steps = readings(draft.steps);
  return {
    title: fold(draft.name) === fold(expected.title),
    ingredients: ingredients.some((lines) => sameList(lines, expected.ingredients)),
    steps: steps.some((lines) => sameText(lines, expected.instructions_list)),
    stepByStep: steps.some((lines) => sameList(lines, expected.instructions_list)),
    servings: sameServings(draft, expected.yields),
    prep: sameMinutes(draft.prepMinutes, expected.prep_time),
    cook: sameMinutes(draft.cookMinutes, expected.cook_time),
    total: sameMinutes(draft.totalMinutes, expected.total_time),
  };
}
