import { type CheerioAPI } from 'cheerio';
import { type AnyNode, type Element, isTag } from 'domhandler';

/** How many of a page's elements the page's own sections are looked for in. */
const MAX_ELEMENTS = 60_000;

/**
 * The body and its elements in document order, once, so the readers of a page's own sections walk
 * slices of one array instead of running selectors over the whole page for every label.
 */
export interface TPageIndex {
  $: CheerioAPI;
  all: Element[];
  /** Each element's place in `all`. */
  order: Map<Element, number>;
  /** For each place in `all`, the place right after the element's last descendant. */
  ends: number[];
}

export function indexPage($: CheerioAPI): TPageIndex {
  const all: Element[] = [];
  const ends: number[] = [];
  // Depth-first with an explicit stack: an element's end is known when the walk leaves it.
  const stack: { node: AnyNode; place?: number }[] = $('body')
    .toArray()
    .map((node) => ({ node }));
  while (stack.length > 0) {
    const entry = stack.pop();
    if (entry === undefined || !isTag(entry.node)) continue;
    if (entry.place !== undefined) {
      ends[entry.place] = all.length;
      continue;
    }
    if (all.length >= MAX_ELEMENTS) continue;
    const place = all.push(entry.node) - 1;
    stack.push({ node: entry.node, place });
    for (let at = entry.node.children.length - 1; at >= 0; at--) {
      const child = entry.node.children[at];
      if (child !== undefined) stack.push({ node: child });
    }
  }
  return { $, all, order: new Map(all.map((element, place) => [element, place])), ends };
}

/** Whether `inner` lies inside `outer` (both indexed). */
export function isInside(index: TPageIndex, outer: Element, inner: Element): boolean {
  const start = index.order.get(outer);
  const place = index.order.get(inner);
  if (start === undefined || place === undefined) return false;
  return place > start && place < (index.ends[start] ?? start);
}
