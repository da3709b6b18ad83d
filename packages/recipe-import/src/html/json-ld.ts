import { type CheerioAPI } from 'cheerio';
import { firstText } from '../schema-org/text-values.ts';
import { hasType, isNode, property } from '../schema-org/node.ts';
import { parseLenientJson } from './lenient-json.ts';

const MAX_SCRIPTS = 50;
const MAX_DEPTH = 12;
const MAX_VISITS = 20_000;
const MAX_NAME = 200;

export interface TJsonLd {
  /** Every schema.org Recipe, in page order. */
  recipes: unknown[];
  /** The names of the WebSite and of any Organization (a recipe's publisher): what a site calls itself. */
  siteNames: string[];
}

/**
 * The page's JSON-LD blocks read: recipes at the top level, in arrays, in "@graph", under
 * "mainEntity" / "mainEntityOfPage" or any other property; and the site's own names.
 */
export function readJsonLd($: CheerioAPI): TJsonLd {
  const recipes: unknown[] = [];
  const siteNames: string[] = [];
  let visits = 0;
  const visit = (value: unknown, depth: number): void => {
    if (depth > MAX_DEPTH || ++visits > MAX_VISITS) return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    if (!isNode(value)) return;
    if (hasType(value, 'website') || hasType(value, 'organization')) {
      const name = firstText(property(value, 'name'), MAX_NAME);
      if (name !== undefined) siteNames.push(name);
    }
    if (hasType(value, 'recipe')) {
      recipes.push(value);
      // Of a recipe's own nodes only its publisher says more of the page.
      visit(property(value, 'publisher'), depth + 1);
      return;
    }
    for (const child of Object.values(value))
      if (typeof child === 'object') visit(child, depth + 1);
  };
  $('script')
    .filter((_, script) =>
      ($(script).attr('type') ?? '').trim().toLowerCase().startsWith('application/ld+json'),
    )
    .slice(0, MAX_SCRIPTS)
    .each((_, script) => visit(parseLenientJson($(script).text()), 0));
  return { recipes, siteNames };
}
