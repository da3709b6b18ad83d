import { type CheerioAPI } from 'cheerio';
import { type RecipeDraft } from '../draft.ts';
import { yieldFields } from '../draft-fields.ts';
import { readSchemaRecipe } from '../schema-org/recipe.ts';
import { mendIngredientList } from '../text/ingredient-lines.ts';
import { readSteps } from '../text/step-lines.ts';
import { readHeadedSections } from './headings.ts';
import { indexPage } from './page-index.ts';
import { isNode } from '../schema-org/node.ts';
import { MICRODATA, RDFA, readItems } from './items.ts';
import { readJsonLd } from './json-ld.ts';
import { KNOWN_PLUGINS } from './plugins/known-plugins.ts';
import { readPluginCard, type TCardReading } from './plugins/read-plugin.ts';

export interface TCandidates {
  /** schema.org Recipe data: JSON-LD, then microdata, then RDFa, each in page order. */
  structured: TCardReading[];
  /** Recipe plugin cards, one per plugin found; the page's own sections when no card is complete. */
  cards: TCardReading[];
  /** What the page's JSON-LD calls the site (its WebSite and Organization names). */
  siteNames: string[];
}

const HEADINGS_WARNING =
  "Read from the page's headings and lists, not from recipe data: check the lines";

function complete({ draft }: TCardReading): boolean {
  return draft.ingredients.length > 0 && draft.steps.length > 0;
}

/** The page's own "Ingredients" and "Instructions" sections. */
function headingsReading($: CheerioAPI): TCardReading | undefined {
  const sections = readHeadedSections(indexPage($));
  if (sections === undefined) return undefined;
  const { steps, warning } = readSteps(sections.steps);
  const warnings = [HEADINGS_WARNING, ...(warning === undefined ? [] : [warning])];
  const draft: RecipeDraft = {
    name: sections.title ?? '',
    ...yieldFields(sections.yieldLabel, warnings),
    ingredients: mendIngredientList(sections.ingredients),
    steps,
    tags: [],
    imageUrls: [],
  };
  return { draft, warnings, source: 'headings' };
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

/** Every reading of a recipe the page offers; the page's headings only when no other is complete. */
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
  // Alone, the page's sections must hold a whole recipe; beside recipe data, they complete it.
  const headings = headingsReading($);
  const usable = headings !== undefined && (structured.length > 0 || complete(headings));
  return { structured, cards: usable ? [...cards, headings] : cards, siteNames };
}
