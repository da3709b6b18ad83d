import { type Element, isTag } from 'domhandler';
import { type DraftLine } from '../draft.ts';
import { withGroup } from '../text/lines.ts';
import { linesOf, shortTextOf, textOf } from './dom-text.ts';
import { HEADING_TAGS, kindOf, level } from './labels.ts';
import { isInside, type TPageIndex } from './page-index.ts';

/** What a label stands above: list items, else paragraphs, grouped by sub-headings. */
export interface TSection {
  lines: DraftLine[];
  /** The element that ended the section, when it is a heading or another label. */
  end?: Element;
}

// How far up from a label its section is looked for: the label may sit in a box of its own.
const MAX_CLIMB = 4;
const MAX_GROUP_HEADING = 60;

/** A short paragraph in bold alone: the heading of a group of lines. */
function isBoldHeading(index: TPageIndex, element: Element): boolean {
  if (element.name !== 'p' && element.name !== 'div') return false;
  const text = shortTextOf(element, MAX_GROUP_HEADING * 8);
  if (text === undefined || text === '' || text.length > MAX_GROUP_HEADING) return false;
  const { $ } = index;
  const bold = textOf($(element).find('strong, b').toArray());
  return bold === text && $(element).find('li, p').length === 0;
}

/** The places of the elements after the label, within the nearest box that holds lines. */
function placesAfter(index: TPageIndex, label: Element): [number, number, Element] {
  const start = index.order.get(label) ?? 0;
  const from = index.ends[start] ?? start + 1;
  let to = from;
  let box: Element = label;
  for (let climb = 0; climb < MAX_CLIMB && box.parent !== null && isTag(box.parent); climb++) {
    const place = index.order.get(box.parent);
    if (place === undefined) break;
    box = box.parent;
    to = index.ends[place] ?? from;
    const lines = index.all.slice(from, to).some((element) => /^(li|p)$/i.test(element.name));
    if (lines) break;
  }
  return [from, to, box];
}

const previousElement = (node: Element): Element | undefined => {
  for (let sibling = node.prev; sibling !== null; sibling = sibling.prev)
    if (isTag(sibling)) return sibling;
  return undefined;
};

const nextElement = (node: Element): Element | undefined => {
  for (let sibling = node.next; sibling !== null; sibling = sibling.next)
    if (isTag(sibling)) return sibling;
  return undefined;
};

/** Whether nothing comes before the label in its box: then the box is its section. */
function opensBox(label: Element, box: Element): boolean {
  let node = label;
  while (node !== box) {
    const { parent } = node;
    if (previousElement(node) !== undefined || parent === null || !isTag(parent)) return false;
    node = parent;
  }
  return true;
}

/**
 * A heading as high as the label ends its section, except right above a bulleted list in the
 * box the label opens: there it heads a group ("<h2>Ingredients</h2><h2>Dough</h2><ul>"). Above
 * a numbered list it is the method's ("<h4>Ingredients</h4><ul>…<h4>Recipe</h4><ol>").
 */
function endsSection(element: Element, label: Element, inOwnBox: boolean): boolean {
  if (!HEADING_TAGS.has(element.name.toLowerCase()) || level(element) > level(label)) return false;
  const next = nextElement(element)?.name.toLowerCase();
  return !(inOwnBox && next === 'ul');
}

/** The lines under a label, up to the next label or heading as high as it. */
export function sectionAfter(index: TPageIndex, label: Element): TSection {
  const [from, to, box] = placesAfter(index, label);
  const inOwnBox = box !== label && opensBox(label, box);
  const items: DraftLine[] = [];
  const paragraphs: DraftLine[] = [];
  let group: string | undefined;
  let last: Element | undefined;
  for (const element of index.all.slice(from, to)) {
    if (last !== undefined && isInside(index, last, element)) continue;
    const tag = element.name.toLowerCase();
    if (kindOf(element) !== undefined || endsSection(element, label, inOwnBox))
      return { lines: items.length > 0 ? items : paragraphs, end: element };
    // A heading that does not end the section heads a group of its lines.
    if (HEADING_TAGS.has(tag) || isBoldHeading(index, element)) {
      group = textOf([element]);
      last = element;
    } else if (tag === 'li') {
      items.push(withGroup(textOf([element]), group));
      last = element;
    } else if (tag === 'p') {
      paragraphs.push(...linesOf([element]).map((line) => withGroup(line, group)));
      last = element;
    }
  }
  return { lines: items.length > 0 ? items : paragraphs };
}
