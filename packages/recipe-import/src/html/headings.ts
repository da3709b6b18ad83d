import { type CheerioAPI } from 'cheerio';
import { type Element, isTag } from 'domhandler';
import { type DraftLine } from '../draft.ts';
import { withGroup } from '../text/lines.ts';
import { statesServings } from '../text/yield.ts';
import { linesOf, shortTextOf, textOf } from './dom-text.ts';
import { INGREDIENT_HEADINGS, OTHER_HEADINGS, STEP_HEADINGS } from '../text/heading-words.ts';

/**
 * The last resort for pages without recipe data or plugin markup: a heading that says
 * "Ingredients" above a list, and one that says "Instructions" above a list or paragraphs, in
 * the languages recipe sites are written in.
 */
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const LABEL_TAGS = new Set(['p', 'div', 'span', 'strong', 'b', 'dt', 'th', 'li']);
const MAX_LABEL = 40;
const MAX_ELEMENTS = 60_000;
const MAX_CLIMB = 4;

export interface THeadedSections {
  title?: string;
  /** A short label that counts servings ("Serves 8", "4 personen"), when the page has one. */
  yieldLabel?: string;
  ingredients: DraftLine[];
  steps: DraftLine[];
}

type TKind = 'ingredients' | 'steps' | 'other';

// "Ingredients (for 4)", "Zutaten für 4 Personen": a known label followed by what it is for.
const LABEL_TAILS = [' (', ' for ', ' für ', ' pour ', ' para ', ' per ', ' voor '];

function labelKind(label: string): TKind | undefined {
  const lists: readonly [TKind, ReadonlySet<string>][] = [
    ['ingredients', INGREDIENT_HEADINGS],
    ['steps', STEP_HEADINGS],
    ['other', OTHER_HEADINGS],
  ];
  for (const [kind, list] of lists) {
    if (list.has(label)) return kind;
    const tail = LABEL_TAILS.map((start) => label.indexOf(start)).find((at) => at > 0);
    if (tail !== undefined && list.has(label.slice(0, tail))) return kind;
  }
  return undefined;
}

function kindOf(element: Element, $: CheerioAPI): TKind | undefined {
  const tag = element.name.toLowerCase();
  if (!HEADING_TAGS.has(tag) && !LABEL_TAGS.has(tag)) return undefined;
  const text = shortTextOf(element, MAX_LABEL * 8)?.toLowerCase();
  if (text === undefined || text.length > MAX_LABEL) return undefined;
  // A label is the whole of its element: "Ingredients" alone, not a paragraph that starts so.
  if (!HEADING_TAGS.has(tag) && $(element).children('ul, ol, p, div').length > 0) return undefined;
  return labelKind(text.replace(/[\s:]+$/, ''));
}

function level(element: Element): number {
  const tag = element.name.toLowerCase();
  return HEADING_TAGS.has(tag) ? Number(tag.slice(1)) : 7;
}

/** A short paragraph in bold alone, or a deeper heading: the heading of a group of lines. */
function isGroupHeading($: CheerioAPI, element: Element, section: Element): boolean {
  if (HEADING_TAGS.has(element.name)) return level(element) > level(section);
  if (element.name !== 'p' && element.name !== 'div') return false;
  const text = shortTextOf(element, 480) ?? '';
  const bold = textOf($(element).find('strong, b').toArray());
  return text !== '' && text.length <= 60 && bold === text && $(element).find('li, p').length === 0;
}

interface TSection {
  lines: DraftLine[];
  /** The element that ended the section, when it is a heading. */
  end?: Element;
}

/** The lines under a heading: list items, else paragraphs, grouped by sub-headings. */
function sectionAfter($: CheerioAPI, heading: Element, order: Map<Element, number>): TSection {
  const start = order.get(heading) ?? 0;
  let container: Element = heading;
  for (
    let climb = 0;
    climb < MAX_CLIMB && container.parent !== null && isTag(container.parent);
    climb++
  ) {
    container = container.parent;
    const later = $(container)
      .find('li, p')
      .toArray()
      .filter((element) => (order.get(element) ?? 0) > start && !$.contains(heading, element));
    if (later.length > 0) break;
  }
  const elements = $(container)
    .find('*')
    .toArray()
    .filter((element) => (order.get(element) ?? 0) > start && !$.contains(heading, element));
  const items: DraftLine[] = [];
  const paragraphs: DraftLine[] = [];
  let group: string | undefined;
  let last: Element | undefined;
  for (const element of elements) {
    if (last !== undefined && $.contains(last, element)) continue;
    const tag = element.name.toLowerCase();
    if (
      kindOf(element, $) !== undefined ||
      (HEADING_TAGS.has(tag) && level(element) <= level(heading))
    )
      return { lines: items.length > 0 ? items : paragraphs, end: element };
    if (isGroupHeading($, element, heading)) {
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

const MAX_TRIES = 5;

/** The first short text on the page that counts servings in words: "Serves 8", "4 personen". */
function servingsLabel($: CheerioAPI, elements: readonly Element[]): string | undefined {
  for (const element of elements) {
    const text = shortTextOf(element, MAX_LABEL * 4);
    if (text === undefined || text.length > MAX_LABEL || !statesServings(text)) continue;
    // A servings picker's options, a form or the page's navigation say nothing of this recipe.
    if ($(element).closest('select, form, nav, footer').length === 0) return text;
  }
  return undefined;
}

/** The first heading of a kind (after `from`) whose section holds lines. */
function firstSection(
  $: CheerioAPI,
  headings: readonly { element: Element; kind: TKind | undefined }[],
  order: Map<Element, number>,
  kind: TKind,
  from: number,
): (TSection & { heading: Element }) | undefined {
  const candidates = headings.filter(
    (heading) => heading.kind === kind && (order.get(heading.element) ?? 0) > from,
  );
  for (const { element } of candidates.slice(0, MAX_TRIES)) {
    const section = sectionAfter($, element, order);
    if (section.lines.length > 0) return { ...section, heading: element };
  }
  return undefined;
}

/** Ingredients and steps under the page's own headings; undefined when it has none such. */
export function readHeadedSections($: CheerioAPI): THeadedSections | undefined {
  const all = $('body *').toArray().slice(0, MAX_ELEMENTS);
  const order = new Map(all.map((element, index) => [element, index]));
  const headings = all
    .map((element) => ({ element, kind: kindOf(element, $) }))
    .filter((heading) => heading.kind !== undefined);
  const ingredients = firstSection($, headings, order, 'ingredients', -1);
  if (ingredients === undefined) return undefined;
  const after = order.get(ingredients.heading) ?? 0;
  // Without a steps heading, the section after the ingredients holds the steps ("Recipe").
  const { end } = ingredients;
  const plainHeading =
    end !== undefined && HEADING_TAGS.has(end.name) && kindOf(end, $) === undefined;
  const next = plainHeading ? sectionAfter($, end, order) : undefined;
  const steps = firstSection($, headings, order, 'steps', after) ?? next;
  if (steps === undefined || steps.lines.length === 0) return undefined;
  const title = textOf($('h1').first().toArray());
  const yieldLabel = servingsLabel($, all);
  return {
    ...(title === '' ? {} : { title }),
    ...(yieldLabel === undefined ? {} : { yieldLabel }),
    ingredients: ingredients.lines,
    steps: steps.lines,
  };
}
