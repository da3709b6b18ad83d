import { type DraftLine } from '../draft.ts';
import { LIMITS } from '../limits.ts';
import { dedupeLines, stripBullets, withGroup } from './lines.ts';
import { clip, cleanText } from './whitespace.ts';

// Words that introduce a step number ("Step 1", "Schritt 2"), in the languages sites use.
const STEP_WORDS = new Set([
  'step',
  'schritt',
  'paso',
  'étape',
  'etape',
  'passo',
  'stap',
  'krok',
  'adım',
  'steg',
  'trin',
]);
const NUMBER_ENDS = new Set(['.', ')', ':', '-', '–', '—']);

/** Removes a step number the site printed into the text: "1.", "2)", "Step 3:", "STEP 4". */
export function stripStepNumber(text: string): string {
  const space = text.indexOf(' ');
  const firstWord = (space === -1 ? text : text.slice(0, space)).toLowerCase();
  const worded = STEP_WORDS.has(firstWord);
  let at = worded ? space + 1 : 0;
  if (worded && space === -1) return '';
  const digitsStart = at;
  while (
    at < text.length &&
    at - digitsStart < 3 &&
    text.charAt(at) >= '0' &&
    text.charAt(at) <= '9'
  )
    at++;
  if (at === digitsStart) return text;
  const punctuated = NUMBER_ENDS.has(text.charAt(at));
  if (punctuated) at++;
  const followedByBlank = at === text.length || text.charAt(at) === ' ';
  if (!followedByBlank || (!worded && !punctuated)) return text;
  let rest = text.slice(at).trim();
  if (worded && NUMBER_ENDS.has(rest.charAt(0))) rest = rest.slice(1).trim();
  return rest;
}

/** One step's text, cleaned and without a printed number. */
export function mendStepText(text: string): string {
  return clip(stripStepNumber(stripBullets(cleanText(text))), LIMITS.stepChars);
}

/**
 * "1 Preheat", "2 Mix", "3 Bake": a count printed before each step without a stop. Taken off
 * only when every step carries its own number in turn, since one alone may be a quantity.
 */
function withoutCount(lines: readonly DraftLine[]): DraftLine[] {
  const counted =
    lines.length >= 2 && lines.every((line, index) => line.text.startsWith(`${index + 1} `));
  if (!counted) return [...lines];
  return lines.map((line, index) =>
    withGroup(line.text.slice(String(index + 1).length + 1).trim(), line.group),
  );
}

/** Steps as sites state them: numbers stripped, empty entries and repeats dropped. */
export function mendStepList(lines: readonly DraftLine[]): DraftLine[] {
  const mended = lines
    .map((line) => withGroup(mendStepText(line.text), line.group))
    .filter((line) => line.text !== '');
  return dedupeLines(withoutCount(mended)).slice(0, LIMITS.steps);
}

/** Splits one block of text into sentences: after ".", "!" or "?" followed by a capital. */
export function splitSentences(text: string): string[] {
  return splitAt(text, /(?<=[.!?])\s+(?=\p{Lu})/u);
}

/** Paragraphs run together ("...the oven.Mix the flour"): a stop right before a capital. */
export function splitGluedParagraphs(text: string): string[] {
  return splitAt(text, /(?<=[\p{Ll})][.!?])(?=\p{Lu})/u);
}

function splitAt(text: string, separator: RegExp): string[] {
  return text
    .split(separator)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

export interface TStepsReading {
  steps: DraftLine[];
  /** How the steps were split from one block of text, when they were. */
  warning?: string;
}

const SPLITS = [
  {
    split: splitGluedParagraphs,
    warning: 'Steps came as one block of text and were split where paragraphs ran together',
  },
  {
    split: splitSentences,
    warning: 'Steps came as one block of text and were split into sentences',
  },
] as const;

/** The warnings readSteps gives when it split one block of text. */
export const SPLIT_WARNINGS: ReadonlySet<string> = new Set(SPLITS.map(({ warning }) => warning));

/** Mends steps; one block of text becomes its paragraphs, else its sentences. */
export function readSteps(lines: readonly DraftLine[]): TStepsReading {
  const steps = mendStepList(lines);
  const only = steps.length === 1 ? steps[0] : undefined;
  if (only === undefined) return { steps };
  for (const { split, warning } of SPLITS) {
    const parts = split(only.text);
    if (parts.length >= 2)
      return { steps: mendStepList(parts.map((part) => withGroup(part, only.group))), warning };
  }
  return { steps };
}
