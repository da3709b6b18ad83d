import { type DraftLine } from '../../draft.ts';
import { withGroup } from '../../text/lines.ts';
import { ingredientLine } from '../../text/printed-ingredient.ts';
import { baseName } from '../entry-path.ts';
import { isImageName } from '../file-types.ts';
import { isNode, type TNode } from '../../schema-org/node.ts';
import { type RecipeSource, folderOfSource } from '../recipe-source.ts';
import { type ArchiveImage, type ArchiveItem } from '../types.ts';
import { type ZipArchive } from '../zip-archive.ts';
import { recipeItem } from './build-draft.ts';
import { positiveNumber, presentText } from '../../values.ts';

/**
 * A Mealie recipe, in each shape Mealie writes one: the v1 per-recipe zip (`<slug>.json`,
 * pydantic snake_case, beside `original.webp`), the API's camelCase JSON, the v0 export
 * (`recipes/<slug>/<slug>.json` with `images/`), and rows rebuilt from a v1 backup. A
 * `title` on an ingredient or a step opens a section that runs until the next title.
 */

/** The first of several spellings a field has had (snake_case, camelCase, older names). */
function pick(node: TNode, ...keys: string[]): unknown {
  for (const key of keys) if (node[key] !== undefined && node[key] !== null) return node[key];
  return undefined;
}

export function isMealieRecipe(node: TNode): boolean {
  if (node['@type'] !== undefined || typeof node.name !== 'string') return false;
  return ['slug', 'recipe_ingredient', 'recipe_instructions', 'org_url', 'orgURL'].some(
    (key) => key in node,
  );
}

/** A unit or food as Mealie names it: plural past one, the abbreviation when it prefers it. */
function nameOf(thing: unknown, quantity: number | undefined): string | undefined {
  if (typeof thing === 'string') return presentText(thing);
  if (!isNode(thing)) return undefined;
  const plural = quantity !== undefined && quantity > 1;
  const abbreviation =
    thing.use_abbreviation === true ? presentText(thing.abbreviation) : undefined;
  if (abbreviation) return (plural && presentText(thing.plural_abbreviation)) || abbreviation;
  return (plural && presentText(thing.plural_name)) || presentText(thing.name);
}

function ingredientText(row: unknown): string | undefined {
  if (typeof row === 'string') return presentText(row);
  if (!isNode(row)) return undefined;
  const quantity = positiveNumber(row.quantity);
  const food = nameOf(row.food, quantity);
  const unit = nameOf(row.unit, quantity);
  const note = presentText(row.note);
  // Without a food or a unit the row was never parsed: its note is the whole line.
  if (food || unit) return ingredientLine({ quantity, unit, name: food, notes: [note] });
  return (
    note ?? presentText(pick(row, 'original_text', 'originalText')) ?? presentText(row.display)
  );
}

/** Rows in order, each under the last title seen (a row with a title may also be a line). */
function sectioned(rows: unknown, lineOf: (row: unknown) => string | undefined): DraftLine[] {
  const lines: DraftLine[] = [];
  let group: string | undefined;
  for (const row of Array.isArray(rows) ? rows : []) {
    if (isNode(row) && presentText(row.title)) group = presentText(row.title);
    const line = lineOf(row);
    if (line) lines.push(withGroup(line, group));
  }
  return lines;
}

function notesOf(notes: unknown): string | undefined {
  const lines = (Array.isArray(notes) ? notes : []).filter(isNode).map((note) => {
    const [title, body] = [presentText(note.title), presentText(note.text)];
    return title && body ? `${title}: ${body}` : (title ?? body);
  });
  return lines.filter(Boolean).join('\n') || undefined;
}

/** Nutrition keys as schema.org spells them: fat_content → fatcontent, which it reads. */
function nutritionOf(value: unknown): TNode | undefined {
  if (!isNode(value)) return undefined;
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
  node: TNode,
  source: RecipeSource,
  images: ArchiveImage[],
): ArchiveItem {
  const servings = positiveNumber(pick(node, 'recipe_servings', 'recipeServings'));
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
        typeof step === 'string' ? step : isNode(step) ? presentText(step.text) : undefined,
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

export function readMealieRecipe(node: TNode, source: RecipeSource): ArchiveItem {
  return mealieRecipeItem(node, source, mealieImages(source.archive, folderOfSource(source)));
}
