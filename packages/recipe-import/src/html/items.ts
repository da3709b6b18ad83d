import { type CheerioAPI } from 'cheerio';
import { type Element, isTag } from 'domhandler';
import { localName, localTypeName, type TNode } from '../schema-org/node.ts';
import { linesOf } from './dom-text.ts';

/**
 * Microdata (itemscope / itemtype / itemprop) and RDFa (typeof / property) read into the same
 * JSON shape JSON-LD has, so one schema.org reader serves all three.
 */
export interface TItemDialect {
  /** The attribute whose presence starts an item. */
  scopeAttribute: string;
  typeAttribute: string;
  propertyAttribute: string;
}

export const MICRODATA: TItemDialect = {
  scopeAttribute: 'itemscope',
  typeAttribute: 'itemtype',
  propertyAttribute: 'itemprop',
};
export const RDFA: TItemDialect = {
  scopeAttribute: 'typeof',
  typeAttribute: 'typeof',
  propertyAttribute: 'property',
};

const isScope = (element: Element, dialect: TItemDialect): boolean =>
  element.attribs[dialect.scopeAttribute] !== undefined;

const MAX_DEPTH = 8;
const MAX_ELEMENTS = 20_000;
const SOURCE_TAGS = new Set(['audio', 'embed', 'iframe', 'img', 'source', 'track', 'video']);
const LINK_TAGS = new Set(['a', 'area', 'link']);

function words(value: string | undefined): string[] {
  return (value ?? '').split(/\s+/).filter((word) => word !== '');
}

/** The value of a property element, by the rules of microdata (RDFa's content first). */
function valueOf(element: Element): string {
  const { attribs } = element;
  const tag = element.name.toLowerCase();
  if (attribs.content !== undefined) return attribs.content;
  if (tag === 'meta') return '';
  if (SOURCE_TAGS.has(tag)) return attribs.src ?? attribs['data-src'] ?? '';
  if (LINK_TAGS.has(tag) && attribs.href !== undefined) return attribs.href;
  if (tag === 'time' && attribs.datetime !== undefined) return attribs.datetime;
  if ((tag === 'data' || tag === 'meter') && attribs.value !== undefined) return attribs.value;
  return linesOf([element]).join('\n');
}

function add(node: TNode, key: string, value: unknown): void {
  const existing = node[key];
  if (existing === undefined) node[key] = value;
  else if (Array.isArray(existing)) existing.push(value);
  else node[key] = [existing, value];
}

function readItem(
  scope: Element,
  dialect: TItemDialect,
  depth: number,
  budget: { left: number },
): TNode {
  const node: TNode = { '@type': words(scope.attribs[dialect.typeAttribute]) };
  const walk = (element: Element): void => {
    for (const child of element.children) {
      if (!isTag(child) || --budget.left < 0) continue;
      const properties = words(child.attribs[dialect.propertyAttribute]).map(localName);
      const scoped = isScope(child, dialect);
      if (properties.length > 0) {
        const value =
          scoped && depth < MAX_DEPTH
            ? readItem(child, dialect, depth + 1, budget)
            : valueOf(child);
        for (const key of properties) add(node, key, value);
      }
      // A nested item keeps its own properties; plain elements may hold more of ours.
      if (!scoped) walk(child);
    }
  };
  walk(scope);
  return node;
}

/** Top-level items of the page whose type is one of `types` (local names, lower case). */
export function readItems($: CheerioAPI, dialect: TItemDialect, types: readonly string[]): TNode[] {
  const budget = { left: MAX_ELEMENTS };
  return $(`[${dialect.scopeAttribute}]`)
    .toArray()
    .filter(isTag)
    .filter((element) =>
      words(element.attribs[dialect.typeAttribute]).some((type) =>
        types.includes(localTypeName(type)),
      ),
    )
    .slice(0, 10)
    .map((element) => readItem(element, dialect, 0, budget));
}
