import { type CheerioAPI } from 'cheerio';
import { hasType, isNode } from '../schema-org/node.ts';
import { parseLenientJson } from './lenient-json.ts';

const MAX_SCRIPTS = 50;
const MAX_DEPTH = 12;
const MAX_VISITS = 20_000;

/**
 * Every schema.org Recipe in the page's JSON-LD blocks, in page order: top level, in arrays,
 * in "@graph", under "mainEntity" / "mainEntityOfPage" or any other property.
 */
export function jsonLdRecipes($: CheerioAPI): unknown[] {
  const recipes: unknown[] = [];
  let visits = 0;
  const visit = (value: unknown, depth: number): void => {
    if (depth > MAX_DEPTH || ++visits > MAX_VISITS) return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    if (!isNode(value)) return;
    if (hasType(value, 'recipe')) {
      recipes.push(value);
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
  return recipes;
}
