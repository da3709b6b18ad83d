import { type CheerioAPI } from 'cheerio';
import { type Element, isTag } from 'domhandler';
import { type DraftLine } from '../draft.ts';
import { withGroup } from '../text/lines.ts';
import { linesOf, shortTextOf, textOf } from './dom-text.ts';

/**
 * The last resort for pages without recipe data or plugin markup: a heading that says
 * "Ingredients" above a list, and one that says "Instructions" above a list or paragraphs, in
 * the languages recipe sites are written in.
 */
const INGREDIENT_HEADINGS = new Set([
  'ingredients',
  'ingredient',
  'ingredient list',
  'what you need',
  "what you'll need",
  'you will need',
  'zutaten',
  'ingrédients',
  'ingredienti',
  'ingredientes',
  'ingrediënten',
  'ingredienser',
  'ingredienset',
  'składniki',
  'malzemeler',
  'suroviny',
  'ingredience',
  'hozzávalók',
  'sastojci',
  'ainekset',
]);
const STEP_HEADINGS = new Set([
  'instructions',
  'instruction',
  'directions',
  'direction',
  'method',
  'preparation',
  'steps',
  'how to make it',
  'zubereitung',
  'anleitung',
  'préparation',
  'preparazione',
  'procedimento',
  'preparación',
  'elaboración',
  'modo de preparo',
  'modo de preparação',
  'preparo',
  'bereiding',
  'bereidingswijze',
  'werkwijze',
  'przygotowanie',
  'sposób przygotowania',
  'yapılışı',
  'hazırlanışı',
  'postup',
  'postup prípravy',
  'elkészítés',
  'fremgangsmåte',
  'tilberedning',
  'gör så här',
  'valmistus',
  'priprema',
]);
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const LABEL_TAGS = new Set(['p', 'div', 'span', 'strong', 'b', 'dt', 'th', 'li']);
const MAX_LABEL = 40;
const MAX_ELEMENTS = 60_000;
const MAX_CLIMB = 4;

export interface THeadedSections {
  title?: string;
  ingredients: DraftLine[];
  steps: DraftLine[];
}

type TKind = 'ingredients' | 'steps';

function kindOf(element: Element, $: CheerioAPI): TKind | undefined {
  const tag = element.name.toLowerCase();
  if (!HEADING_TAGS.has(tag) && !LABEL_TAGS.has(tag)) return undefined;
  const text = shortTextOf(element, MAX_LABEL * 8)?.toLowerCase();
  if (text === undefined || text.length > MAX_LABEL) return undefined;
  // A label is the whole of its element: "Ingredients" alone, not a paragraph that starts so.
  if (!HEADING_TAGS.has(tag) && $(element).children('ul, ol, p, div').length > 0) return undefined;
  const label = text.replace(/[\s:]+$/, '');
  if (INGREDIENT_HEADINGS.has(label)) return 'ingredients';
  return STEP_HEADINGS.has(label) ? 'steps' : undefined;
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

/** Ingredients and steps under the page's own headings; undefined when it has none such. */
export function readHeadedSections($: CheerioAPI): THeadedSections | undefined {
  const all = $('body *').toArray().slice(0, MAX_ELEMENTS);
  const order = new Map(all.map((element, index) => [element, index]));
  const headings = all.map((element) => ({ element, kind: kindOf(element, $) }));
  const first = (kind: TKind, from = -1): Element | undefined =>
    headings.find((heading) => heading.kind === kind && (order.get(heading.element) ?? 0) > from)
      ?.element;
  const ingredientHeading = first('ingredients');
  if (ingredientHeading === undefined) return undefined;
  const ingredients = sectionAfter($, ingredientHeading, order);
  // Without a steps heading, the section after the ingredients holds the steps ("Recipe", "Method").
  const stepHeading = first('steps', order.get(ingredientHeading)) ?? ingredients.end;
  const steps = stepHeading === undefined ? { lines: [] } : sectionAfter($, stepHeading, order);
  if (ingredients.lines.length === 0 || steps.lines.length === 0) return undefined;
  const title = textOf($('h1').first().toArray());
  return { ...(title === '' ? {} : { title }), ingredients: ingredients.lines, steps: steps.lines };
}
