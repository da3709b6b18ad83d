import { type CheerioAPI } from 'cheerio';
import { readSchemaRecipe } from '../schema-org/recipe.ts';
import { isNode } from '../schema-org/node.ts';
import { MICRODATA, RDFA, readItems } from './items.ts';
import { readJsonLd } from './json-ld.ts';
import { ownReading } from './own-sections.ts';
import { KNOWN_PLUGINS } from './plugins/known-plugins.ts';
import { readPluginCard, type TCardReading } from './plugins/read-plugin.ts';

export interface TCandidates {
  /** schema.org Recipe data: JSON-LD, then microdata, then RDFa, each in page order. */
  structured: TCardReading[];
  /** Recipe plugin cards, one per plugin found. */
  cards: TCardReading[];
  /** The page's own sections, read when no card is complete. */
  own?: TCardReading;
  /** What the page's JSON-LD calls the site (its WebSite and Organization names). */
  siteNames: string[];
}

function complete({ draft }: TCardReading): boolean {
  return draft.ingredients.length > 0 && draft.steps.length > 0;
}

const MAX_CLASS_NAMES = 50_000;

/** Every class name (and "#id") on the page, in one pass, so each plugin's selectors run only where it is. */
function classNames($: CheerioAPI): Set<string> {
  const names = new Set<string>();
  for (const element of $('[class], [id]').toArray()) {
    const { class: classes = '', id } = element.attribs;
    for (const name of [...classes.split(/\s+/), ...(id === undefined ? [] : [`#${id}`])]) {
      if (names.size < MAX_CLASS_NAMES) names.add(name);
    }
  }
  return names;
}

/** Every reading of a recipe the page offers; the page's own only when no card is complete. */
export function findCandidates($: CheerioAPI, baseUrl: string): TCandidates {
  const jsonLd = readJsonLd($);
  const schemaNodes = [
    ...jsonLd.recipes.map((node) => ({ node, source: 'json-ld' })),
    ...readItems($, MICRODATA, ['recipe']).map((node) => ({ node, source: 'microdata' })),
    ...readItems($, RDFA, ['recipe']).map((node) => ({ node, source: 'rdfa' })),
  ];
  const structured = schemaNodes.flatMap(({ node, source }) =>
    isNode(node) ? [{ ...readSchemaRecipe(node, baseUrl), source }] : [],
  );
  const classes = classNames($);
  const present = KNOWN_PLUGINS.filter((markup) =>
    markup.markers.some((marker) => classes.has(marker)),
  );
  const cards = present.flatMap((markup) => readPluginCard($, markup, baseUrl) ?? []);
  const { siteNames } = jsonLd;
  if (cards.some(complete)) return { structured, cards, siteNames };
  const own = ownReading($, structured.length === 0);
  return { structured, cards, siteNames, ...(own === undefined ? {} : { own }) };
}
