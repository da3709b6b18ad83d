import { stringToLines, stringToText } from '../html/fragment.ts';
import { clip } from '../text/whitespace.ts';
import { asList, isNode, property } from './node.ts';

/** The first text a property states: a string, a number, or an object's name / text / @value. */
export function firstText(value: unknown, max: number): string | undefined {
  for (const item of asList(value).slice(0, 10)) {
    const raw =
      typeof item === 'number'
        ? String(item)
        : isNode(item)
          ? (item['@value'] ?? property(item, 'name') ?? property(item, 'text'))
          : item;
    if (typeof raw !== 'string') continue;
    const text = stringToText(raw);
    if (text !== '') return clip(text, max);
  }
  return undefined;
}

/** Every text a property states, each string split at its line breaks. */
export function allLines(value: unknown, maxItems: number): string[] {
  const lines: string[] = [];
  // Some sites nest the list in another list.
  const items = asList(value).flatMap((item) =>
    Array.isArray(item) ? (item as unknown[]) : [item],
  );
  for (const item of items.slice(0, maxItems)) {
    const raw = isNode(item)
      ? (property(item, 'text') ?? property(item, 'name') ?? item['@value'])
      : item;
    if (typeof raw === 'string') lines.push(...stringToLines(raw));
    else if (typeof raw === 'number') lines.push(String(raw));
    if (lines.length >= maxItems) break;
  }
  return lines.slice(0, maxItems);
}
