import { type DraftLine } from '../../draft.ts';
import { withGroup } from '../../text/lines.ts';
import { ingredientLine } from '../../text/printed-ingredient.ts';
import { baseName } from '../entry-path.ts';
import { isImageName } from '../file-types.ts';
import { type Fields, type RecipeSource, folderOfSource, isFields } from '../recipe-source.ts';
import { type ArchiveImage, type ArchiveItem } from '../types.ts';
import { type ZipArchive } from '../zip-archive.ts';
import { recipeItem } from './build-draft.ts';

/**
 * A Mealie recipe, in each shape Mealie writes one: the v1 per-recipe zip (`<slug>.json`,
 * pydantic snake_case, beside `original.webp`), the API's camelCase JSON, the v0 export
 * (`recipes/<slug>/<slug>.json` with `images/`), and rows rebuilt from a v1 backup. A
 * `title` on an ingredient or a step opens a section that runs until the next title.
 */

/** The first of several spellings a field has had (snake_case, camelCase, older names). */
function pick(node: Fields, ...keys: string[]): unknown {
  for (const key of keys) if (node[key] !== undefined && node[key] !== null) return node[key];
  return undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

export function isMealieRecipe(node: Fields): boolean {
  if (node['@type'] !== undefined || typeof node.name !== 'string') return false;
  return ['slug', 'recipe_ingredient', 'recipe_instructions', 'org_url', 'orgURL'].some(
    (key) => key in node,
  );
}

function amountOf(value: unknown): number | undefined {
  const amount = typeof value === 'string' ? Number(value) : value;
  return typeof amount === 'number' && Number.isFinite(amount) && amount > 0 ? amount : undefined;
}

/** A unit or food as Mealie names it: plural past one, the abbreviation when it prefers it. */
function nameOf(thing: unknown, quantity: number | undefined): string | undefined {
  if (typeof thing === 'string') return text(thing);
  if (!isFields(thing)) return undefined;
  const plural = quantity !== undefined && quantity > 1;
  const abbreviation = thing.use_abbreviation === true ? text(thing.abbreviation) : undefined;
  if (abbreviation) return (plural && text(thing.plural_abbreviation)) || abbreviation;
  return (plural && text(thing.plural_name)) || text(thing.name);
}

function ingredientText(row: unknown): string | undefined {
  if (typeof row === 'string') return text(row);
  if (!isFields(row)) return undefined;
  const quantity = amountOf(row.quantity);
  const food = nameOf(row.food, quantity);
  const unit = nameOf(row.unit, quantity);
  const note = text(row.note);
  // Without a food or a unit the row was never parsed: its note is the whole line.
  if (food || unit) return ingredientLine({ quantity, unit, name: food, notes: [note] });
  return note ?? text(pick(row, 'original_text', 'originalText')) ?? text(row.display);
}

/** Rows in order, each under the last title seen (a row with a title may also be a line). */
function sectioned(rows: unknown, lineOf: (row: unknown) => string | undefined): DraftLine[] {
  const lines: DraftLine[] = [];
  let group: string | undefined;
  for (const row of Array.isArray(rows) ? rows : []) {
    if (isFields(row) && text(row.title)) group = text(row.title);
    const line = lineOf(row);
    if (line) lines.push(withGroup(line, group));
  }
  return lines;
}

function notesOf(notes: unknown): string | undefined {
  const lines = (Array.isArray(notes) ? notes : []).filter(isFields).map((note) => {
    const [title, body] = [text(note.title), text(note.text)];
    return title && body ? `${title}: ${body}` : (title ?? body);
  });
  return lines.filter(Boolean).join('\n') || undefined;
}

/** Nutrition keys as schema.org spells them: fat_content → fatcontent, which it reads. */
function nutritionOf(value: unknown): Fields | undefined {
  if (!isFields(value)) return undefined;
  return Object.fromEntries(Object.entries(value).map(([key, v]) => [key.replace(/_/g, ''), v]));
}

/** The recipe's photo: `original.*` beside the JSON or in its `images/` folder. */
export function mealieImages(archive: ZipArchive | undefined, folder: string): ArchiveImage[] {
  if (!archive) return [];
  const candidates = [...archive.filesIn(`${folder}images/`), ...archive.filesIn(folder)].filter(
    isImageName,
  );
  const original = candidates.find((path) => baseName(path).startsWith('original.'));
  return original ? [archive.image(original)] : [];
}

export function mealieRecipeItem(
  node: Fields,
  source: RecipeSource,
  images: ArchiveImage[],
): ArchiveItem {
  const servings = amountOf(pick(node, 'recipe_servings', 'recipeServings'));
  return recipeItem(
    source,
    {
      name: node.name,
      description: node.description,
      yield: [servings, pick(node, 'recipe_yield', 'recipeYield')],
      times: {
        prep: pick(node, 'prep_time', 'prepTime'),
        cook: pick(node, 'perform_time', 'performTime', 'cook_time', 'cookTime'),
        total: pick(node, 'total_time', 'totalTime'),
      },
      ingredients: sectioned(pick(node, 'recipe_ingredient', 'recipeIngredient'), ingredientText),
      steps: sectioned(pick(node, 'recipe_instructions', 'recipeInstructions'), (step) =>
        typeof step === 'string' ? step : isFields(step) ? text(step.text) : undefined,
      ),
      tags: [node.tags, pick(node, 'recipe_category', 'recipeCategory', 'categories')],
      sourceUrl: pick(node, 'org_url', 'orgURL', 'orgUrl'),
      nutrition: nutritionOf(node.nutrition),
      notes: notesOf(node.notes),
      rating: node.rating,
    },
    images,
  );
}

export function readMealieRecipe(node: Fields, source: RecipeSource): ArchiveItem {
  return mealieRecipeItem(node, source, mealieImages(source.archive, folderOfSource(source)));
}
