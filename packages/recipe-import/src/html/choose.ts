import { type DraftLine, type RecipeDraft } from '../draft.ts';
import { letterKey } from '../text/letter-key.ts';
import { withGroup } from '../text/lines.ts';
import { preferPrinted } from '../text/printed-lines.ts';
import { SPLIT_WARNINGS } from '../text/step-lines.ts';
import { type TCandidates } from './candidates.ts';
import { type TCardReading } from './plugins/read-plugin.ts';

/** How much of a recipe a reading holds: lines count most, then a title and times. */
function score({ draft }: TCardReading): number {
  const lines = Math.min(draft.ingredients.length, 50) + Math.min(draft.steps.length, 50);
  const details = [
    draft.name !== '',
    draft.totalMinutes !== undefined,
    draft.servings !== undefined,
  ].filter(Boolean).length;
  return (
    (draft.ingredients.length > 0 ? 200 : 0) + (draft.steps.length > 0 ? 200 : 0) + lines + details
  );
}

/** The fullest reading; the first of equals (JSON-LD before microdata before RDFa, page order). */
export function fullest(readings: readonly TCardReading[]): TCardReading | undefined {
  let best: TCardReading | undefined;
  for (const reading of readings)
    if (best === undefined || score(reading) > score(best)) best = reading;
  return best;
}

/**
 * The structured lines under the card's groups, when the card holds the same lines one for one;
 * a structured line that is one of the card's headings was a heading flattened into the list.
 * The structured text is kept: it is what the site publishes as the recipe.
 */
export function restoreGroups(
  lines: readonly DraftLine[],
  card: readonly DraftLine[],
): DraftLine[] {
  const headings = new Set(
    card.flatMap((line) => (line.group === undefined ? [] : [letterKey(line.group)])),
  );
  const out: DraftLine[] = [];
  let next = 0;
  for (const line of lines) {
    const match = card[next];
    if (match !== undefined && letterKey(match.text) === letterKey(line.text)) {
      out.push(withGroup(line.text, match.group ?? line.group));
      next++;
    } else if (!headings.has(letterKey(line.text))) return [...lines];
  }
  return next === card.length ? out : [...lines];
}

function fillMissing(base: RecipeDraft, card: RecipeDraft): RecipeDraft {
  const filled: RecipeDraft = { ...card, ...stripEmpty(base) };
  filled.ingredients =
    base.ingredients.length > 0
      ? restoreGroups(base.ingredients, card.ingredients)
      : card.ingredients;
  filled.steps = base.steps.length > 0 ? restoreGroups(base.steps, card.steps) : card.steps;
  filled.tags = base.tags.length > 0 ? base.tags : card.tags;
  filled.imageUrls = base.imageUrls.length > 0 ? base.imageUrls : card.imageUrls;
  return filled;
}

function stripEmpty(draft: RecipeDraft): Partial<RecipeDraft> {
  return Object.fromEntries(
    Object.entries(draft).filter(([, value]) => value !== undefined && value !== ''),
  );
}

/** The fullest reading with what other readings of the same recipe (JSON-LD and microdata) add. */
function withSameRecipe(
  best: TCardReading | undefined,
  readings: readonly TCardReading[],
): TCardReading | undefined {
  if (best === undefined || best.draft.name === '') return best;
  const others = readings.filter(
    (reading) => reading !== best && letterKey(reading.draft.name) === letterKey(best.draft.name),
  );
  return others.reduce(
    (merged, other) => ({ ...merged, draft: fillMissing(merged.draft, other.draft) }),
    best,
  );
}

/** Steps the structured data gave as one block count as missing when a card has them apart. */
function withoutSplitSteps(reading: TCardReading): TCardReading {
  if (!reading.warnings.some((warning) => SPLIT_WARNINGS.has(warning))) return reading;
  const warnings = reading.warnings.filter((warning) => !SPLIT_WARNINGS.has(warning));
  return { ...reading, draft: { ...reading.draft, steps: [] }, warnings };
}

/** The card's printed ingredient lines in the data's stead, when the data's are poorer. */
function withPrintedLines(reading: TCardReading, card: RecipeDraft): TCardReading {
  const printed = preferPrinted(reading.draft.ingredients, card.ingredients);
  if (printed === undefined) return reading;
  const draft = { ...reading.draft, ingredients: printed.lines };
  return { ...reading, draft, warnings: [...reading.warnings, printed.warning] };
}

/** The data with what a card adds; the card's warnings when its lines stand in for missing ones. */
function completedBy(found: TCardReading, card: TCardReading): TCardReading {
  const data = withPrintedLines(
    card.draft.steps.length > 1 ? withoutSplitSteps(found) : found,
    card.draft,
  );
  const borrowed = data.draft.ingredients.length === 0 || data.draft.steps.length === 0;
  const warnings = borrowed ? [...data.warnings, ...card.warnings] : data.warnings;
  return { ...data, draft: fillMissing(data.draft, card.draft), warnings };
}

/**
 * The best structured reading, with what a plugin card adds and then what the page's own
 * sections add: ingredient and step groups that JSON-LD flattens, the printed lines where the
 * data's are poorer, and fields the structured data lacks. Without structured data, the
 * fullest card or the page's own reading.
 */
export function chooseReading({ structured, cards, own }: TCandidates): TCardReading | undefined {
  const found = withSameRecipe(fullest(structured), structured);
  const card = fullest(cards);
  if (found === undefined) return fullest(own === undefined ? cards : [...cards, own]);
  const withCard = card === undefined ? found : completedBy(found, card);
  return own === undefined ? withCard : completedBy(withCard, own);
}
