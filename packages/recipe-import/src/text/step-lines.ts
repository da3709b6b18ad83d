import { type DraftLine } from '../draft.ts';
import { LIMITS } from '../limits.ts';
import { dedupeLines, withGroup } from './lines.ts';
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
  return clip(stripStepNumber(cleanText(text)), LIMITS.stepChars);
}

/** Steps as sites state them: numbers stripped, empty entries and repeats dropped. */
export function mendStepList(lines: readonly DraftLine[]): DraftLine[] {
  const mended = lines
    .map((line) => withGroup(mendStepText(line.text), line.group))
    .filter((line) => line.text !== '');
  return dedupeLines(mended).slice(0, LIMITS.steps);
}

/** Splits one block of text into sentences: after ".", "!" or "?" followed by a capital. */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=\p{Lu})/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
}

export interface TStepsReading {
  steps: DraftLine[];
  /** The steps came as one block of text and were split into sentences. */
  split: boolean;
}

export const SPLIT_WARNING = 'Steps came as one block of text and were split into sentences';

/** Mends steps; one block of text becomes its sentences. */
export function readSteps(lines: readonly DraftLine[]): TStepsReading {
  const steps = mendStepList(lines);
  const only = steps.length === 1 ? steps[0] : undefined;
  const sentences = only === undefined ? [] : splitSentences(only.text);
  if (only === undefined || sentences.length < 2) return { steps, split: false };
  return { steps: sentences.map((sentence) => withGroup(sentence, only.group)), split: true };
}
