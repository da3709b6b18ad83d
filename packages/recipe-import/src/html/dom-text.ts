import { type AnyNode, type Element, isTag, isText } from 'domhandler';
import { cleanLines, cleanText } from '../text/whitespace.ts';

/** Elements whose content is never reading matter. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'button',
  'input',
  'select',
  'textarea',
  'iframe',
]);
/** Elements that start a new line when a browser lays them out. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'td',
  'th',
  'thead',
  'tr',
  'ul',
]);

export interface TextOptions {
  /** Also skip elements this predicate picks (a plugin's checkboxes, screen-reader duplicates). */
  skip?: (element: Element) => boolean;
}

/** The text of nodes as lines, the way a browser breaks them: blocks and <br> end a line. */
export function linesOf(nodes: readonly AnyNode[], options: TextOptions = {}): string[] {
  const parts: string[] = [];
  const walk = (node: AnyNode): void => {
    if (isText(node)) {
      parts.push(node.data);
      return;
    }
    if (!isTag(node)) return;
    const tag = node.name.toLowerCase();
    if (SKIPPED.has(tag) || options.skip?.(node)) return;
    if (tag === 'br') {
      parts.push('\n');
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) parts.push('\n');
    for (const child of node.children) walk(child);
    if (block) parts.push('\n');
  };
  for (const node of nodes) walk(node);
  return cleanLines(parts.join(''));
}

/** The text of nodes on one line. */
export function textOf(nodes: readonly AnyNode[], options: TextOptions = {}): string {
  return linesOf(nodes, options).join(' ');
}

// A label is a few words in a few elements; anything larger is not one.
const MAX_LABEL_NODES = 64;

/**
 * The text of an element on one line when it is short: undefined as soon as its raw text
 * passes `rawBudget` characters or it holds too many nodes, so probing every element of a
 * page for labels stays linear.
 */
export function shortTextOf(element: Element, rawBudget: number): string | undefined {
  const parts: string[] = [];
  let seen = 0;
  let nodes = 0;
  const within = (node: AnyNode): boolean => {
    if (++nodes > MAX_LABEL_NODES) return false;
    if (isText(node)) {
      seen += node.data.length;
      parts.push(node.data);
    } else if (isTag(node) && !SKIPPED.has(node.name.toLowerCase())) {
      // A block or <br> breaks the line, which becomes a blank on one line.
      const breaks = node.name === 'br' || BLOCKS.has(node.name.toLowerCase());
      if (breaks) parts.push(' ');
      for (const child of node.children) if (!within(child)) return false;
      if (breaks) parts.push(' ');
    }
    return seen <= rawBudget;
  };
  return within(element) ? cleanText(parts.join('')) : undefined;
}

/** Whether the element or one of its ancestors is one the test picks: a walk up, no selector. */
export function withinAny(element: Element, test: (ancestor: Element) => boolean): boolean {
  for (let node: Element | null = element; node !== null;) {
    if (test(node)) return true;
    node = node.parent !== null && isTag(node.parent) ? node.parent : null;
  }
  return false;
}

/**
 * The site's own chrome around its content: menus, footers, sidebars, forms and pickers
 * (not <header>, which articles use for their own title).
 */
const CHROME = new Set(['nav', 'footer', 'aside', 'form', 'menu', 'select']);

export const isChrome = (element: Element): boolean => CHROME.has(element.name.toLowerCase());

/** An element the page does not show: the hidden attribute, or display:none in its style. */
export function isHidden(element: Element): boolean {
  const { hidden, style } = element.attribs;
  return hidden !== undefined || /display\s*:\s*none/i.test(style ?? '');
}
