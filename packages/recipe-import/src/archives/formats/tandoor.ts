import { type DraftLine } from '../../draft.ts';
import { withGroup } from '../../text/lines.ts';
import { ingredientLine } from '../../text/printed-ingredient.ts';
import { baseName } from '../entry-path.ts';
import { isImageName } from '../file-types.ts';
import { isNode, type TNode } from '../../schema-org/node.ts';
import { type RecipeSource, folderOfSource } from '../recipe-source.ts';
import { type ArchiveImage, type ArchiveItem } from '../types.ts';
import { linesOf, recipeItem } from './build-draft.ts';
import { positiveNumber, presentText } from '../../values.ts';

/**
 * Tandoor's export: a zip of per-recipe zips, each `recipe.json` (its RecipeExportSerializer)
 * beside `image.<ext>`. Ingredients live in steps; a step's name is the group of its
 * ingredients and its instruction, an ingredient marked `is_header` opens a group of its own.
 */

export function isTandoorRecipe(node: TNode): boolean {
  const steps = node.steps;
  return (
    node['@type'] === undefined &&
    Array.isArray(steps) &&
    steps.some((step) => isNode(step) && ('instruction' in step || Array.isArray(step.ingredients)))
  );
}

function named(thing: unknown, plural: boolean): string | undefined {
  if (!isNode(thing)) return undefined;
  return (plural && presentText(thing.plural_name)) || presentText(thing.name);
}

function ingredientText(row: TNode): string | undefined {
  const quantity = row.no_amount === true ? undefined : positiveNumber(row.amount);
  const many = quantity !== undefined && quantity > 1;
  return ingredientLine({
    quantity,
    unit: named(row.unit, row.always_use_plural_unit === true || many),
    name: named(row.food, row.always_use_plural_food === true || many),
    notes: [presentText(row.note)],
  });
}

function position(item: TNode): number {
  return typeof item.order === 'number' ? item.order : 0;
}

function inOrder(items: unknown): TNode[] {
  return (Array.isArray(items) ? items.filter(isNode) : []).sort(
    (a, b) => position(a) - position(b),
  );
}

function read(steps: TNode[]): { ingredients: DraftLine[]; instructions: DraftLine[] } {
  const ingredients: DraftLine[] = [];
  const instructions: DraftLine[] = [];
  for (const step of steps) {
    let group = presentText(step.name);
    for (const row of inOrder(step.ingredients)) {
      if (row.is_header === true) {
        group = presentText(row.note) ?? named(row.food, false) ?? group;
        continue;
      }
      const line = ingredientText(row);
      if (line) ingredients.push(withGroup(line, group));
    }
    instructions.push(...linesOf(step.instruction, presentText(step.name)));
  }
  return { ingredients, instructions };
}

/** Tandoor's nutrition fields under the schema.org names the shared reader knows. */
function nutritionOf(value: unknown): TNode | undefined {
  if (!isNode(value)) return undefined;
  const { calories, carbohydrates, fats, proteins } = value;
  return {
    calories,
    carbohydrateContent: carbohydrates,
    fatContent: fats,
    proteinContent: proteins,
  };
}

function tandoorImages(source: RecipeSource): ArchiveImage[] {
  const { archive } = source;
  if (!archive) return [];
  const image = archive
    .filesIn(folderOfSource(source))
    .find((path) => baseName(path).startsWith('image.') && isImageName(path));
  return image ? [archive.image(image)] : [];
}

export function readTandoorRecipe(node: TNode, source: RecipeSource): ArchiveItem {
  const { ingredients, instructions } = read(inOrder(node.steps));
  const working = positiveNumber(node.working_time);
  const waiting = positiveNumber(node.waiting_time);
  const servings = positiveNumber(node.servings);
  const servingsText = presentText(node.servings_text);
  return recipeItem(
    source,
    {
      name: node.name,
      description: node.description,
      yield: [servings, servings && servingsText ? `${servings} ${servingsText}` : undefined],
      // Working time is hands-on (prep), waiting time is the oven, the pot, the rest.
      times: {
        prep: working,
        cook: waiting,
        total: working || waiting ? (working ?? 0) + (waiting ?? 0) : undefined,
      },
      ingredients,
      steps: instructions,
      tags: [node.keywords],
      sourceUrl: node.source_url,
      nutrition: nutritionOf(node.nutrition),
    },
    tandoorImages(source),
  );
}
