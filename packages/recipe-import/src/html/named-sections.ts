import { type Element } from 'domhandler';
import { type DraftLine } from '../draft.ts';
import { isChrome, linesOf, textOf, withinAny } from './dom-text.ts';
import { type TPageIndex } from './page-index.ts';

/**
 * A box the site's own markup names for what it holds — class="ingredients",
 * id="recipe-ingredients", class="ingredient-list", class="directions" — where no label says it.
 */
export type TNamedKind = 'ingredients' | 'steps';

const NAMES: Record<TNamedKind, ReadonlySet<string>> = {
  ingredients: new Set([
    'ingredients',
    'ingredient',
    'zutaten',
    'ingredientes',
    'ingredienti',
    'ingredienser',
    'ingredienten',
    'skladniki',
  ]),
  steps: new Set([
    'instructions',
    'directions',
    'method',
    'preparation',
    'steps',
    'zubereitung',
    'preparacion',
    'preparazione',
    'bereiding',
  ]),
};
const MIN_ITEMS = 2;
// Boxes named so that hold no lines (a box per line, a menu) are passed over; a few will do.
const MAX_TRIES = 5;

/** "recipe-ingredients", "Ingredients_List" → its words. */
function nameWords(element: Element): string[] {
  const { class: classes = '', id = '' } = element.attribs;
  return `${classes} ${id}`.toLowerCase().split(/[\s_-]+/);
}

/** The first boxes named for the kind, outside the site's chrome. */
function namedBoxes(index: TPageIndex, kind: TNamedKind): Element[] {
  const boxes: Element[] = [];
  for (const element of index.all) {
    if (!nameWords(element).some((word) => NAMES[kind].has(word))) continue;
    if (!withinAny(element, isChrome)) boxes.push(element);
    if (boxes.length === MAX_TRIES) break;
  }
  return boxes;
}

/** The list items (for steps, else the paragraphs) inside the first box named for the kind. */
export function namedSection(index: TPageIndex, kind: TNamedKind): DraftLine[] {
  const { $ } = index;
  for (const box of namedBoxes(index, kind)) {
    const items = $(box).find('li').toArray();
    const paragraphs = kind === 'steps' && items.length === 0 ? $(box).find('p').toArray() : [];
    const lines =
      items.length > 0
        ? items.map((item) => textOf([item]))
        : paragraphs.flatMap((paragraph) => linesOf([paragraph]));
    if (lines.length >= MIN_ITEMS) return lines.map((text) => ({ text }));
  }
  return [];
}
