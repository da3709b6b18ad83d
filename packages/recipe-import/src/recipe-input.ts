import {
  detectLanguage,
  parseIngredient,
  ZIngredientInput,
  ZRecipeInput,
  type Language,
  type TImportedRecipe,
  type TIngredientInput,
} from '@saffron/shared';
import type { DraftLine, RecipeDraft } from './draft.ts';

export interface RecipeInputReading {
  recipe: TImportedRecipe;
  /** What did not fit and was shortened or left out, in words a user reads. */
  warnings: string[];
}

const clip = (text: string | undefined, length: number) =>
  text === undefined || text === '' ? undefined : text.slice(0, length);

const MAX_MINUTES = 10_080;
const minutes = (value: number | undefined) =>
  value !== undefined && Number.isInteger(value) && value >= 0 && value <= MAX_MINUTES
    ? value
    : undefined;

/** Ingredient lines through the parser; a heading line starts the group of the rows after it. */
function ingredientRows(
  lines: DraftLine[],
  language: Language,
  warnings: string[],
): TIngredientInput[] {
  const rows: TIngredientInput[] = [];
  let heading: string | undefined;
  let group: string | undefined;
  for (const line of lines) {
    if (line.group !== group) heading = undefined;
    group = line.group;
    const parsed = parseIngredient(line.text, { language });
    if (parsed.kind === 'blank') continue;
    if (parsed.kind === 'heading') {
      heading = parsed.heading;
      continue;
    }
    const { kind: _, original, ...parts } = parsed;
    const row = {
      ...parts,
      name: parts.name.slice(0, 200),
      original: original.slice(0, 500),
      group: clip(heading ?? line.group, 200),
    };
    // The line is kept as printed in `original`; a part the schema refuses is left out.
    const checked = ZIngredientInput.safeParse(row);
    rows.push(
      checked.success ? checked.data : { name: row.name, original: row.original, group: row.group },
    );
  }
  if (rows.length > 200)
    warnings.push(`Only the first 200 of ${rows.length} ingredients were kept`);
  return rows.slice(0, 200);
}

/** Steps as strings, with the headings among them. */
function stepsWithGroups(lines: DraftLine[], warnings: string[]) {
  if (lines.length > 100) warnings.push(`Only the first 100 of ${lines.length} steps were kept`);
  const kept = lines.slice(0, 100);
  const stepGroups: { at: number; title: string }[] = [];
  kept.forEach((line, at) => {
    const title = line.group?.slice(0, 200);
    if (title && kept[at - 1]?.group !== line.group) stepGroups.push({ at, title });
  });
  return { steps: kept.map((line) => line.text.slice(0, 5_000)), stepGroups };
}

function tagsOf(tags: string[]): string[] {
  const seen = new Set<string>();
  for (const tag of tags) {
    const clean = tag.trim().toLowerCase().slice(0, 40);
    if (clean) seen.add(clean);
  }
  return [...seen].slice(0, 30);
}

/**
 * A draft as the api's recipe, ready to review and save: ingredient lines through the shared
 * parser (in the lines' own language when they show it) with each line kept as printed,
 * everything cut to what a recipe may hold, and a warning for whatever did not fit.
 */
export function toRecipeInput(
  draft: RecipeDraft,
  options: { language?: Language } = {},
): RecipeInputReading {
  const warnings: string[] = [];
  const language =
    detectLanguage(draft.ingredients.map((line) => line.text)) ?? options.language ?? 'en';
  const { steps, stepGroups } = stepsWithGroups(draft.steps, warnings);
  const servings =
    draft.servings !== undefined && draft.servings >= 1 && draft.servings <= 1000
      ? draft.servings
      : undefined;
  const candidate = {
    name: clip(draft.name, 200) ?? 'Untitled recipe',
    description: clip(draft.description, 5_000),
    servings,
    yieldText: clip(draft.yieldText, 200),
    prepMinutes: minutes(draft.prepMinutes),
    cookMinutes: minutes(draft.cookMinutes),
    totalMinutes: minutes(draft.totalMinutes),
    author: clip(draft.author, 200),
    nutrition: clip(draft.nutrition, 2_000),
    notes: clip(draft.notes, 10_000),
    sourceUrl: draft.sourceUrl && draft.sourceUrl.length <= 2_000 ? draft.sourceUrl : undefined,
    steps,
    stepGroups,
    tags: tagsOf(draft.tags),
    ingredients: ingredientRows(draft.ingredients, language, warnings),
  };
  if (draft.name === '') warnings.push('The page names no recipe: it was called "Untitled recipe"');
  const checked = ZRecipeInput.safeParse(candidate);
  const recipe = checked.success
    ? checked.data
    : withoutInvalid(candidate, checked.error.issues, warnings);
  const imageUrl = draft.imageUrls.find((url) => /^https?:\/\//.test(url) && url.length <= 2_000);
  return { recipe: imageUrl ? { ...recipe, imageUrl } : recipe, warnings };
}

const FIELD_WORDS: Record<string, string> = {
  sourceUrl: 'source address',
  yieldText: 'yield',
  prepMinutes: 'preparation time',
  cookMinutes: 'cooking time',
  totalMinutes: 'total time',
  stepGroups: 'step headings',
};

/** Leaves out the fields the schema refuses (after the cuts above, a malformed address or the like). */
function withoutInvalid(
  candidate: Record<string, unknown>,
  issues: { path: PropertyKey[] }[],
  warnings: string[],
): TImportedRecipe {
  const fields = new Set(issues.map((issue) => String(issue.path[0])));
  for (const field of fields) {
    warnings.push(`The ${FIELD_WORDS[field] ?? field} could not be read and was left out`);
  }
  const rest = Object.fromEntries(Object.entries(candidate).filter(([key]) => !fields.has(key)));
  return ZRecipeInput.parse({ name: 'Untitled recipe', ...rest });
}
