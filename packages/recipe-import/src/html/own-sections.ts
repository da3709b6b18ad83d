import { type CheerioAPI } from 'cheerio';
import { type RecipeDraft } from '../draft.ts';
import { yieldFields } from '../draft-fields.ts';
import { mendIngredientList } from '../text/ingredient-lines.ts';
import { readSteps } from '../text/step-lines.ts';
import { readHeadedSections, type THeadedSections } from './headings.ts';
import { namedSection } from './named-sections.ts';
import { indexPage, type TPageIndex } from './page-index.ts';
import { type TCardReading } from './plugins/read-plugin.ts';
import { readUnlabelledRecipe } from './unlabelled.ts';

/**
 * The recipe as the page itself prints it, without recipe data or plugin markup: under its
 * labels ("Ingredients", "Method"), in boxes its markup names so, and at last a list of
 * quantities below the dish's name with the method after it.
 */
const WARNINGS = {
  headings: "Read from the page's headings and lists, not from recipe data: check the lines",
  unlabelled:
    'Read from a list and paragraphs on the page, without recipe data or labels: check the lines',
} as const;

function reading(sections: THeadedSections, source: keyof typeof WARNINGS): TCardReading {
  const { steps, warning } = readSteps(sections.steps);
  const warnings: string[] = [WARNINGS[source], ...(warning === undefined ? [] : [warning])];
  const draft: RecipeDraft = {
    name: sections.title ?? '',
    ...yieldFields(sections.yieldLabel, warnings),
    ingredients: mendIngredientList(sections.ingredients),
    steps,
    tags: [],
    imageUrls: [],
  };
  return { draft, warnings, source };
}

/** The labelled sections, with a named box standing in for a list no label introduces. */
function labelledOrNamed(index: TPageIndex): THeadedSections | undefined {
  const headed = readHeadedSections(index);
  const ingredients = headed?.ingredients.length
    ? headed.ingredients
    : namedSection(index, 'ingredients');
  const steps = headed?.steps.length ? headed.steps : namedSection(index, 'steps');
  if (ingredients.length === 0 && steps.length === 0) return undefined;
  return { ...headed, ingredients, steps };
}

/**
 * The page's own reading. `alone`: no recipe data to complete, so only a whole recipe will do;
 * beside recipe data, a part of one fills its gaps.
 */
export function ownReading($: CheerioAPI, alone: boolean): TCardReading | undefined {
  const index = indexPage($);
  const sections = labelledOrNamed(index);
  const whole =
    sections !== undefined && sections.ingredients.length > 0 && sections.steps.length > 0;
  if (sections !== undefined && (whole || !alone)) return reading(sections, 'headings');
  if (!alone) return undefined;
  const unlabelled = readUnlabelledRecipe(index);
  return unlabelled === undefined ? undefined : reading(unlabelled, 'unlabelled');
}
