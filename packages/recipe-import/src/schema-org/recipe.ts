import { type RecipeDraft } from '../draft.ts';
import { completenessWarnings, timeFields, yieldFields } from '../draft-fields.ts';
import { LIMITS } from '../limits.ts';
import { mendIngredientList } from '../text/ingredient-lines.ts';
import { absoluteUrl, imageUrlsOf } from './images.ts';
import { stepsOf } from './instructions.ts';
import { hasType, isNode, property, type TNode } from './node.ts';
import { nutritionOf } from './nutrition.ts';
import { authorOf } from './people.ts';
import { tagsOf } from './tags.ts';
import { allLines, firstText } from './text-values.ts';

export interface TDraftReading {
  draft: RecipeDraft;
  warnings: string[];
}

// Archive files (a Nextcloud Cookbook recipe.json) may omit "@type": a name and a list will do.
function looksLikeRecipe(node: TNode): boolean {
  if (hasType(node, 'recipe')) return true;
  const untyped = node['@type'] === undefined && node.type === undefined;
  return (
    untyped &&
    property(node, 'name') !== undefined &&
    (property(node, 'recipeIngredient') ?? property(node, 'recipeInstructions')) !== undefined
  );
}

/**
 * A schema.org Recipe, as JSON-LD states it, to a draft; warnings for values that could not be
 * read. Nothing is checked for completeness here: the caller may still fill gaps from the page.
 */
export function readSchemaRecipe(node: TNode, baseUrl: string): TDraftReading {
  const warnings: string[] = [];
  const ingredientLines = allLines(
    property(node, 'recipeIngredient') ?? property(node, 'ingredients'),
    LIMITS.ingredients * 2,
  );
  const { steps, warning } = stepsOf(property(node, 'recipeInstructions'));
  if (warning !== undefined) warnings.push(warning);
  const url = firstText(property(node, 'url'), LIMITS.urlChars);
  const description = firstText(property(node, 'description'), LIMITS.descriptionChars);
  const author = authorOf(property(node, 'author') ?? property(node, 'creator'));
  const nutrition = nutritionOf(property(node, 'nutrition'));
  const sourceUrl = url === undefined ? undefined : absoluteUrl(url, baseUrl);
  const draft: RecipeDraft = {
    name: firstText(property(node, 'name') ?? property(node, 'headline'), LIMITS.nameChars) ?? '',
    ...(description === undefined ? {} : { description }),
    ...yieldFields(property(node, 'recipeYield') ?? property(node, 'yield'), warnings),
    ...timeFields(
      {
        prep: property(node, 'prepTime'),
        cook: property(node, 'cookTime'),
        total: property(node, 'totalTime'),
      },
      warnings,
    ),
    ingredients: mendIngredientList(ingredientLines.map((text) => ({ text }))),
    steps,
    tags: tagsOf(
      property(node, 'keywords'),
      property(node, 'recipeCategory'),
      property(node, 'recipeCuisine'),
    ),
    imageUrls: imageUrlsOf(property(node, 'image') ?? property(node, 'thumbnailUrl'), baseUrl),
    ...(sourceUrl === undefined ? {} : { sourceUrl }),
    ...(author === undefined ? {} : { author }),
    ...(nutrition === undefined ? {} : { nutrition }),
  };
  return { draft, warnings };
}

/**
 * A schema.org Recipe object (JSON-LD on a page, a Nextcloud Cookbook recipe.json, any
 * schema.org export) to a draft with warnings; undefined when the object is no recipe.
 */
export function draftFromSchemaRecipe(node: unknown, baseUrl: string): TDraftReading | undefined {
  if (!isNode(node) || !looksLikeRecipe(node)) return undefined;
  const { draft, warnings } = readSchemaRecipe(node, baseUrl);
  return { draft, warnings: [...warnings, ...completenessWarnings(draft)] };
}
