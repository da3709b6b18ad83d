import { type CheerioAPI } from 'cheerio';
import { readSchemaRecipe } from '../schema-org/recipe.ts';
import { isNode } from '../schema-org/node.ts';
import { MICRODATA, RDFA, readItems } from './items.ts';
import { jsonLdRecipes } from './json-ld.ts';
import { KNOWN_PLUGINS } from './plugins/known-plugins.ts';
import { readPluginCard, type TCardReading } from './plugins/read-plugin.ts';

export interface TCandidates {
  /** schema.org Recipe data: JSON-LD, then microdata, then RDFa, each in page order. */
  structured: TCardReading[];
  /** Recipe plugin cards, one per plugin found. */
  cards: TCardReading[];
}

/** Every reading of a recipe the page offers. */
export function findCandidates($: CheerioAPI, baseUrl: string): TCandidates {
  const schemaNodes = [
    ...jsonLdRecipes($).map((node) => ({ node, source: 'json-ld' })),
    ...readItems($, MICRODATA, ['recipe']).map((node) => ({ node, source: 'microdata' })),
    ...readItems($, RDFA, ['recipe']).map((node) => ({ node, source: 'rdfa' })),
  ];
  const structured = schemaNodes.flatMap(({ node, source }) =>
    isNode(node) ? [{ ...readSchemaRecipe(node, baseUrl), source }] : [],
  );
  const cards = KNOWN_PLUGINS.flatMap((markup) => readPluginCard($, markup, baseUrl) ?? []);
  return { structured, cards };
}
