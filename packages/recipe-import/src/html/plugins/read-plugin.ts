import { type CheerioAPI } from 'cheerio';
import { type Element, isTag } from 'domhandler';
import { type DraftLine, type RecipeDraft } from '../../draft.ts';
import { timeFields, yieldFields } from '../../draft-fields.ts';
import { LIMITS } from '../../limits.ts';
import { absoluteUrl } from '../../schema-org/images.ts';
import { type TDraftReading } from '../../schema-org/recipe.ts';
import { mendIngredientList } from '../../text/ingredient-lines.ts';
import { withGroup } from '../../text/lines.ts';
import { readSteps } from '../../text/step-lines.ts';
import { clip } from '../../text/whitespace.ts';
import { linesOf, type TextOptions } from '../dom-text.ts';
import { type TPluginMarkup } from './markup.ts';

const MAX_ELEMENTS = 2_000;

/** A reading of a recipe card: the draft and where its lines came from. */
export interface TCardReading extends TDraftReading {
  source: string;
}

interface TCard {
  $: CheerioAPI;
  card: Element;
  options: TextOptions;
}

function linesUnder({ $, card, options }: TCard, selector: string | undefined): string[] {
  if (selector === undefined) return [];
  return linesOf($(card).find(selector).first().toArray(), options);
}

function textUnder(card: TCard, selector: string | undefined, max: number): string | undefined {
  const text = linesUnder(card, selector).join(' ');
  return text === '' ? undefined : clip(text, max);
}

/** Lines of the items in page order, each under the group heading above it. */
function groupedLines(
  { $, card, options }: TCard,
  item: string,
  heading: string | undefined,
  joinItem: boolean,
): DraftLine[] {
  const lines: DraftLine[] = [];
  let group: string | undefined;
  let lastItem: Element | undefined;
  const selector = heading === undefined ? item : `${item}, ${heading}`;
  for (const element of $(card).find(selector).toArray().slice(0, MAX_ELEMENTS)) {
    // An item nested in the one before (hRecipe blocks inside blocks) is already read.
    if (lastItem !== undefined && $.contains(lastItem, element)) continue;
    const text = linesOf([element], options);
    if (heading !== undefined && $(element).is(heading)) {
      group = text.join(' ');
      continue;
    }
    lastItem = element;
    const itemLines = joinItem ? [text.join(' ')] : text;
    for (const line of itemLines) lines.push(withGroup(line, group));
  }
  return lines;
}

function imageOf({ $, card }: TCard, selector: string | undefined, baseUrl: string): string[] {
  if (selector === undefined) return [];
  const image = $(card).find(selector).first();
  const reference = image.attr('data-src') ?? image.attr('data-lazy-src') ?? image.attr('src');
  const url = reference === undefined ? undefined : absoluteUrl(reference, baseUrl);
  return url === undefined ? [] : [url];
}

/** Reads the first card of a plugin's markup that holds ingredient lines or steps. */
export function readPluginCard(
  $: CheerioAPI,
  markup: TPluginMarkup,
  baseUrl: string,
): TCardReading | undefined {
  const element = $(markup.card)
    .toArray()
    .filter(isTag)
    .find((candidate) => $(candidate).find(`${markup.ingredient}, ${markup.step}`).length > 0);
  if (element === undefined) return undefined;
  const skipped = new Set(markup.skip === undefined ? [] : $(element).find(markup.skip).toArray());
  const card: TCard = { $, card: element, options: { skip: (node) => skipped.has(node) } };
  const warnings: string[] = [];
  const { steps, warning } = readSteps(groupedLines(card, markup.step, markup.stepGroup, false));
  if (warning !== undefined) warnings.push(warning);
  const description = textUnder(card, markup.description, LIMITS.descriptionChars);
  const yieldText = textUnder(card, markup.yield, 200);
  const draft: RecipeDraft = {
    name: textUnder(card, markup.name, LIMITS.nameChars) ?? '',
    ...(description === undefined ? {} : { description }),
    ...yieldFields(yieldText, warnings),
    ...timeFields(
      {
        prep: textUnder(card, markup.prepTime, 100),
        cook: textUnder(card, markup.cookTime, 100),
        total: textUnder(card, markup.totalTime, 100),
      },
      warnings,
    ),
    ingredients: mendIngredientList(
      groupedLines(card, markup.ingredient, markup.ingredientGroup, true),
    ),
    steps,
    tags: [],
    imageUrls: imageOf(card, markup.image, baseUrl),
  };
  return { draft, warnings, source: markup.source };
}
