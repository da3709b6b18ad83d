import { type Element } from 'domhandler';
import { type DraftLine } from '../draft.ts';
import { statesServings } from '../text/yield.ts';
import { isChrome, shortTextOf, textOf, withinAny } from './dom-text.ts';
import { HEADING_TAGS, kindOf, MAX_LABEL, type TKind } from './labels.ts';
import { type TPageIndex } from './page-index.ts';
import { sectionAfter, type TSection } from './sections.ts';

/**
 * A page's own recipe, for pages without recipe data or plugin markup and to check or complete
 * the data of those with it: a heading that says "Ingredients" above a list, and one that says
 * "Instructions" above a list or paragraphs, in the languages recipe sites are written in.
 */
export interface THeadedSections {
  title?: string;
  /** A short label that counts servings ("Serves 8", "4 personen"), when the page has one. */
  yieldLabel?: string;
  /** Either list may be empty, not both. */
  ingredients: DraftLine[];
  steps: DraftLine[];
}

const MAX_TRIES = 5;

/** The first short text on the page that counts servings in words: "Serves 8", "4 personen". */
function servingsLabel({ all }: TPageIndex): string | undefined {
  for (const element of all) {
    const text = shortTextOf(element, MAX_LABEL * 4);
    if (text === undefined || text.length > MAX_LABEL || !statesServings(text)) continue;
    // A servings picker's options, a form or the page's navigation say nothing of this recipe.
    if (!withinAny(element, isChrome)) return text;
  }
  return undefined;
}

interface TLabel {
  element: Element;
  place: number;
  kind: TKind;
}

/** The first label of a kind (after place `from`) whose section holds lines. */
function firstSection(
  index: TPageIndex,
  labels: readonly TLabel[],
  kind: TKind,
  from: number,
): (TSection & { label: TLabel }) | undefined {
  const candidates = labels.filter((label) => label.kind === kind && label.place > from);
  for (const label of candidates.slice(0, MAX_TRIES)) {
    const section = sectionAfter(index, label.element);
    if (section.lines.length > 0) return { ...section, label };
  }
  return undefined;
}

/** The steps: under their own label, else under the plain heading that ended the ingredients. */
function stepsSection(
  index: TPageIndex,
  labels: readonly TLabel[],
  ingredients: (TSection & { label: TLabel }) | undefined,
): TSection | undefined {
  const labelled = firstSection(index, labels, 'steps', ingredients?.label.place ?? -1);
  if (labelled !== undefined || ingredients === undefined) return labelled;
  // "Recipe" or the dish's name above the method, right after the ingredients.
  const { end } = ingredients;
  const plainHeading = end !== undefined && HEADING_TAGS.has(end.name) && kindOf(end) === undefined;
  return plainHeading ? sectionAfter(index, end) : undefined;
}

/** Ingredients and steps under the page's own labels; undefined when it has neither. */
export function readHeadedSections(index: TPageIndex): THeadedSections | undefined {
  const labels = index.all.flatMap((element, place) => {
    const kind = kindOf(element);
    return kind === undefined ? [] : [{ element, place, kind }];
  });
  const ingredients = firstSection(index, labels, 'ingredients', -1);
  const steps = stepsSection(index, labels, ingredients);
  if (ingredients === undefined && steps === undefined) return undefined;
  const title = textOf(index.$('h1').first().toArray());
  const yieldLabel = servingsLabel(index);
  return {
    ...(title === '' ? {} : { title }),
    ...(yieldLabel === undefined ? {} : { yieldLabel }),
    ingredients: ingredients?.lines ?? [],
    steps: steps?.lines ?? [],
  };
}
