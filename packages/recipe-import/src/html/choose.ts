import { type DraftLine, type RecipeDraft } from '../draft.ts';
import { cleanText } from '../text/whitespace.ts';
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

// Lines compare without case, spacing or Unicode compatibility forms ("½" vs "1⁄2" stay apart).
function comparable(text: string): string {
  return cleanText(text.normalize('NFKC')).toLowerCase().replaceAll(' ', '');
}

/**
 * The card's groups on the structured lines, when both hold the same lines in the same order;
 * a structured line that is one of the card's headings was a heading flattened into the list.
 */
export function restoreGroups(
  lines: readonly DraftLine[],
  card: readonly DraftLine[],
): DraftLine[] {
  if (
    !card.some((line) => line.group !== undefined) ||
    lines.some((line) => line.group !== undefined)
  )
    return [...lines];
  const headings = new Set(
    card.flatMap((line) => (line.group === undefined ? [] : [comparable(line.group)])),
  );
  const out: DraftLine[] = [];
  let next = 0;
  for (const line of lines) {
    const match = card[next];
    if (match !== undefined && comparable(match.text) === comparable(line.text)) {
      out.push(
        match.group === undefined ? { text: line.text } : { text: line.text, group: match.group },
      );
      next++;
    } else if (!headings.has(comparable(line.text).replace(/:$/, ''))) return [...lines];
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

/**
 * The best structured reading, with what a plugin card adds: ingredient and step groups that
 * JSON-LD flattens, and fields the structured data lacks. Without structured data, the card.
 */
export function chooseReading(
  structured: readonly TCardReading[],
  cards: readonly TCardReading[],
): TCardReading | undefined {
  const data = fullest(structured);
  const card = fullest(cards);
  if (data === undefined || card === undefined) return data ?? card;
  return { ...data, draft: fillMissing(data.draft, card.draft), warnings: data.warnings };
}
