import { type DraftLine } from '../draft.ts';
import { stringToLines, stringToText } from '../html/fragment.ts';
import { LIMITS } from '../limits.ts';
import { withGroup } from '../text/lines.ts';
import { readSteps, type TStepsReading } from '../text/step-lines.ts';
import { asList, hasType, isNode, property, type TNode } from './node.ts';
import { firstText } from './text-values.ts';

const MAX_DEPTH = 8;

function children(node: TNode): unknown {
  return property(node, 'itemListElement') ?? property(node, 'steps') ?? property(node, 'step');
}

function withoutTrailingDots(text: string): string {
  let end = text.length;
  while (end > 0 && text.charAt(end - 1) === '.') end--;
  return text.slice(0, end);
}

/**
 * recipeInstructions in every shape: a string (one line a step), a list of strings, HowToStep
 * (its text, else its name), HowToSection (its name the group of its steps), ItemList, nesting.
 */
function collect(value: unknown, group: string | undefined, depth: number, out: DraftLine[]): void {
  if (depth > MAX_DEPTH || out.length >= LIMITS.steps * 2) return;
  if (typeof value === 'string') {
    for (const line of stringToLines(value)) out.push(withGroup(line, group));
    return;
  }
  if (Array.isArray(value) || !isNode(value)) {
    for (const item of asList(value).slice(0, LIMITS.steps * 2))
      if (typeof item !== 'number') collect(item, group, depth + 1, out);
    return;
  }
  const text = property(value, 'text');
  const nested = children(value);
  if (
    hasType(value, 'howtosection') ||
    (nested !== undefined && typeof text !== 'string' && !hasType(value, 'howtostep'))
  ) {
    const heading = hasType(value, 'itemlist')
      ? undefined
      : firstText(property(value, 'name'), LIMITS.groupChars);
    collect(nested, heading ?? group, depth + 1, out);
  } else if (hasType(value, 'listitem') && typeof text !== 'string') {
    collect(property(value, 'item') ?? property(value, 'name'), group, depth + 1, out);
  } else if (typeof text === 'string' && text.trim() !== '') {
    // A step's own title ("Simmer") is kept; a name that only repeats or cuts the text is not.
    const name = firstText(property(value, 'name'), LIMITS.groupChars);
    if (name !== undefined && !stringToText(text).startsWith(withoutTrailingDots(name))) {
      collect(name, group, depth + 1, out);
    }
    collect(text, group, depth + 1, out);
  } else if (nested !== undefined) {
    collect(nested, group, depth + 1, out);
  } else {
    collect(property(value, 'name') ?? property(value, 'description'), group, depth + 1, out);
  }
}

/** Reads recipeInstructions into steps; one block of text is split into sentences. */
export function stepsOf(value: unknown): TStepsReading {
  const collected: DraftLine[] = [];
  collect(value, undefined, 0, collected);
  return readSteps(collected);
}
