import { type DraftLine, type RecipeDraft } from '../../draft.ts';
import { completenessWarnings, timeFields, yieldFields } from '../../draft-fields.ts';
import { stringToLines } from '../../html/fragment.ts';
import { LIMITS } from '../../limits.ts';
import { absoluteUrl, imageUrlsOf } from '../../schema-org/images.ts';
import { nutritionOf } from '../../schema-org/nutrition.ts';
import { tagsOf } from '../../schema-org/tags.ts';
import { firstText } from '../../schema-org/text-values.ts';
import { mendIngredientList } from '../../text/ingredient-lines.ts';
import { withGroup } from '../../text/lines.ts';
import { readSteps } from '../../text/step-lines.ts';
import { clip } from '../../text/whitespace.ts';
import { type RecipeSource } from '../recipe-source.ts';
import { type ArchiveImage, type ArchiveItem } from '../types.ts';

/**
 * What another app's export states about one recipe, in its own words, made into a draft by
 * the same rules as a web page: text cleaned and clipped to the same limits, times and
 * yields read by the shared readers, lines mended, headings turned back into groups.
 */
export interface DraftParts {
  name: unknown;
  description?: unknown;
  /** A yield as the app states it: a number, "4 servings", "Makes 12". */
  yield?: unknown;
  /** Durations as the app states them: minutes, ISO 8601, "1 hr 30 mins". */
  times?: { prep?: unknown; cook?: unknown; total?: unknown };
  ingredients?: DraftLine[];
  steps?: DraftLine[];
  /** Tags, categories, keywords: strings, comma lists, or objects with a name. */
  tags?: unknown[];
  imageUrls?: unknown;
  sourceUrl?: unknown;
  nutrition?: unknown;
  notes?: unknown;
  rating?: unknown;
}

// A base no archive path resolves against as http(s): relative references stay out of URLs.
const NO_BASE = 'file:///';

/** Lines of text that may hold several (Paprika's ingredients, a step with paragraphs). */
export function linesOf(value: unknown, group?: string): DraftLine[] {
  if (typeof value !== 'string') return [];
  return stringToLines(value).map((text) => withGroup(text, group));
}

function ratingOf(value: unknown): number | undefined {
  const rating = typeof value === 'string' ? Number(value) : value;
  return typeof rating === 'number' && rating >= 1 && rating <= 5 ? Math.round(rating) : undefined;
}

function notesOf(value: unknown): string | undefined {
  const lines = typeof value === 'string' ? stringToLines(value) : [];
  return lines.length === 0 ? undefined : clip(lines.join('\n'), LIMITS.descriptionChars);
}

export function buildDraft(parts: DraftParts): { draft: RecipeDraft; warnings: string[] } {
  const warnings: string[] = [];
  const { steps, warning } = readSteps(parts.steps ?? []);
  if (warning !== undefined) warnings.push(warning);
  const source =
    typeof parts.sourceUrl === 'string' ? absoluteUrl(parts.sourceUrl, NO_BASE) : undefined;
  const optional = {
    description: firstText(parts.description, LIMITS.descriptionChars),
    sourceUrl: source,
    nutrition: nutritionOf(parts.nutrition),
    notes: notesOf(parts.notes),
    rating: ratingOf(parts.rating),
  };
  const draft: RecipeDraft = {
    name: firstText(parts.name, LIMITS.nameChars) ?? '',
    ...yieldFields(parts.yield, warnings),
    ...timeFields(
      { prep: parts.times?.prep, cook: parts.times?.cook, total: parts.times?.total },
      warnings,
    ),
    ingredients: mendIngredientList(parts.ingredients ?? []),
    steps,
    tags: tagsOf(...(parts.tags ?? [])),
    imageUrls: imageUrlsOf(parts.imageUrls, NO_BASE),
    ...Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== undefined)),
  };
  return { draft, warnings: [...warnings, ...completenessWarnings(draft)] };
}

/** One recipe item from what a format read, and the files that came with it. */
export function recipeItem(
  source: RecipeSource,
  parts: DraftParts,
  images: ArchiveImage[] = [],
): ArchiveItem {
  const { draft, warnings } = buildDraft(parts);
  return { kind: 'recipe', entry: source.label, draft, images, warnings };
}
