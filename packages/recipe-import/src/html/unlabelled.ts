import { type Element, isTag } from 'domhandler';
import { type DraftLine } from '../draft.ts';
import { stripBullets } from '../text/lines.ts';
import { isChrome, linesOf, shortTextOf, textOf, withinAny } from './dom-text.ts';
import { HEADING_TAGS } from './labels.ts';
import { type TPageIndex } from './page-index.ts';

/**
 * A recipe printed without labels, as magazines and brands print them: the dish's name as a
 * heading, a list whose lines mostly start with a quantity, then the method as paragraphs.
 */
export interface TUnlabelledRecipe {
  title?: string;
  ingredients: DraftLine[];
  steps: DraftLine[];
}

const MIN_LINES = 3;
const MAX_LINE = 150;
const MIN_STEP = 20;

const startsWithQuantity = (line: string): boolean => /^[\p{N}½¼¾⅓⅔⅛⅜⅝⅞]/u.test(stripBullets(line));

/** The list's own items as lines, when at least two in three start with a quantity. */
function ingredientLines(index: TPageIndex, list: Element): string[] | undefined {
  const items = list.children.filter(
    (child): child is Element => isTag(child) && child.name === 'li',
  );
  if (items.length < MIN_LINES) return undefined;
  // Read within a budget: an item too long to be an ingredient line ends the look.
  const lines: string[] = [];
  for (const item of items) {
    const line = shortTextOf(item, MAX_LINE * 4);
    if (line === undefined || line.length > MAX_LINE) return undefined;
    lines.push(line);
  }
  const quantified = lines.filter(startsWithQuantity).length;
  if (quantified * 3 < lines.length * 2) return undefined;
  const linked = items.filter((item) => index.$(item).find('a').length > 0).length;
  return linked * 3 < items.length ? lines : undefined;
}

/** The paragraphs that follow the list, up to the next heading or list. */
function stepsAfter(list: Element): string[] {
  const steps: string[] = [];
  for (let node = list.next; node !== null; node = node.next) {
    if (!isTag(node)) continue;
    const tag = node.name.toLowerCase();
    if (HEADING_TAGS.has(tag) || tag === 'ul' || tag === 'ol') break;
    if (tag === 'p') steps.push(...linesOf([node]));
  }
  return steps.some((step) => step.length >= MIN_STEP) ? steps : [];
}

/** The heading closest above a place: the dish's name. */
function headingAbove(index: TPageIndex, place: number): string | undefined {
  for (let at = place - 1; at >= 0; at--) {
    const element = index.all[at];
    if (element !== undefined && /^h[1-3]$/i.test(element.name)) return textOf([element]);
  }
  return undefined;
}

/** The first list of quantities followed by paragraphs, outside the site's own chrome. */
export function readUnlabelledRecipe(index: TPageIndex): TUnlabelledRecipe | undefined {
  for (const [place, element] of index.all.entries()) {
    if (element.name !== 'ul' && element.name !== 'ol') continue;
    const lines = ingredientLines(index, element);
    if (lines === undefined || withinAny(element, isChrome)) continue;
    const steps = stepsAfter(element);
    if (steps.length === 0) continue;
    const title = headingAbove(index, place);
    return {
      ...(title === undefined || title === '' ? {} : { title }),
      ingredients: lines.map((text) => ({ text })),
      steps: steps.map((text) => ({ text })),
    };
  }
  return undefined;
}
