/** What the recipe form edits: text as typed, rows and headings with stable keys. */

/** A heading among the rows: the ingredients (or steps) after it, up to the next one, sit under it. */
export interface HeadingDraft {
  kind: 'heading';
  key: string;
  text: string;
}

export interface IngredientDraft {
  kind: 'ingredient';
  key: string;
  /** As typed: "2", "1 1/2", or a whole range "2-3" (split when sent). */
  quantity: string;
  quantityMax: string;
  unit: string;
  name: string;
  size: string;
  preparation: string;
  note: string;
  original?: string | undefined;
}

export interface StepDraft {
  kind: 'step';
  key: string;
  text: string;
}

export type IngredientItem = IngredientDraft | HeadingDraft;
export type StepItem = StepDraft | HeadingDraft;

/** What the form edits: text as typed, rows with stable keys so reordering keeps focus and state. */
export interface RecipeDraft {
  name: string;
  description: string;
  servings: string;
  prepMinutes: string;
  cookMinutes: string;
  totalMinutes: string;
  yieldText: string;
  author: string;
  nutrition: string;
  notes: string;
  sourceUrl: string;
  tags: string;
  /** In order, with the group headings between them ("For the sauce"). */
  ingredients: IngredientItem[];
  /** In order, with the step headings between them. */
  steps: StepItem[];
}
