import { type Element, isTag } from 'domhandler';
import { INGREDIENT_HEADINGS, OTHER_HEADINGS, STEP_HEADINGS } from '../text/heading-words.ts';
import { titleParts } from '../text/title-parts.ts';
import { isHidden, shortTextOf, withinAny } from './dom-text.ts';

/**
 * The labels recipe pages put above their sections: "Ingredients", "Zubereitung:",
 * "Ingredients (for 4)", "The ingredients", "Leek soup – Die Zutaten".
 */
export const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const LABEL_TAGS = new Set(['p', 'div', 'span', 'strong', 'b', 'dt', 'th', 'li']);
export const MAX_LABEL = 40;
// A heading may name the recipe before its label: "Leek soup with bacon – the ingredients".
const MAX_HEADING = 120;

export type TKind = 'ingredients' | 'steps' | 'other';

// "Ingredients (for 4)", "Zutaten für 4 Personen": a known label followed by what it is for.
const LABEL_TAILS = [' (', ' for ', ' für ', ' pour ', ' para ', ' per ', ' voor '];
// "The ingredients", "Die Zubereitung", "Les ingrédients": a label after its article.
const ARTICLES = [
  'the ',
  'die ',
  'der ',
  'les ',
  'le ',
  'la ',
  "l'",
  'los ',
  'las ',
  'gli ',
  'de ',
  'het ',
];

function withoutArticle(label: string): string {
  const article = ARTICLES.find((start) => label.startsWith(start));
  return article === undefined ? label : label.slice(article.length);
}

const LISTS: readonly [TKind, ReadonlySet<string>][] = [
  ['ingredients', INGREDIENT_HEADINGS],
  ['steps', STEP_HEADINGS],
  ['other', OTHER_HEADINGS],
];

function knownKind(label: string): TKind | undefined {
  const tail = LABEL_TAILS.map((start) => label.indexOf(start)).find((at) => at > 0);
  const head = tail === undefined ? undefined : label.slice(0, tail);
  for (const [kind, list] of LISTS)
    if (list.has(label) || (head !== undefined && list.has(head))) return kind;
  return undefined;
}

/** What a short text labels, lower-cased, with or without its article and trailing colon. */
export function labelKind(text: string): TKind | undefined {
  const label = text.replace(/[\s:]+$/, '');
  return knownKind(label) ?? knownKind(withoutArticle(label));
}

const BLOCK_CHILDREN = new Set(['ul', 'ol', 'p', 'div']);

/** Whether an element holds lists, paragraphs or divisions of its own: then it labels nothing. */
export function holdsBlocks(element: Element): boolean {
  return element.children.some(
    (child) => isTag(child) && BLOCK_CHILDREN.has(child.name.toLowerCase()),
  );
}

/** What the last part of a heading labels: "Leek soup – Die Zutaten". */
function lastPartKind(text: string): TKind | undefined {
  const last = titleParts(text).at(-1);
  return last === undefined || last.start === 0 ? undefined : labelKind(text.slice(last.start));
}

/** What an element labels, when it is a heading or a short label that is shown. */
export function kindOf(element: Element): TKind | undefined {
  const tag = element.name.toLowerCase();
  const heading = HEADING_TAGS.has(tag);
  if (!heading && !LABEL_TAGS.has(tag)) return undefined;
  // A label is the whole of its element: "Ingredients" alone, not a paragraph that starts so.
  if (!heading && holdsBlocks(element)) return undefined;
  const max = heading ? MAX_HEADING : MAX_LABEL;
  const text = shortTextOf(element, max * 8)?.toLowerCase();
  if (text === undefined || text.length > max) return undefined;
  const kind = (text.length <= MAX_LABEL ? labelKind(text) : undefined) ?? lastPartKind(text);
  if (kind === undefined || withinAny(element, isHidden)) return undefined;
  return kind;
}

export function level(element: Element): number {
  const tag = element.name.toLowerCase();
  return HEADING_TAGS.has(tag) ? Number(tag.slice(1)) : 7;
}
