import { LIMITS } from '../limits.ts';
import { clip } from '../text/whitespace.ts';
import { firstText } from './text-values.ts';
import { asList } from './node.ts';

/** Author as a string, a Person or Organization, or a list of them: names joined by commas. */
export function authorOf(value: unknown): string | undefined {
  const names = asList(value)
    .slice(0, 10)
    .map((item) => firstText(item, LIMITS.authorChars))
    .filter((name): name is string => name !== undefined);
  const unique = [...new Set(names)];
  return unique.length === 0 ? undefined : clip(unique.join(', '), LIMITS.authorChars);
}
