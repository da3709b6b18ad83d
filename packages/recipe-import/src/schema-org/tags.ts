import { LIMITS } from '../limits.ts';
import { stringToText } from '../html/fragment.ts';
import { asList, isNode, property } from './node.ts';

function pieces(value: unknown): string[] {
  return asList(value)
    .slice(0, 100)
    .flatMap((item) => {
      const raw = isNode(item) ? property(item, 'name') : item;
      return typeof raw === 'string' ? stringToText(raw).split(',') : [];
    });
}

/** Keywords (a comma string or a list), categories and cuisines as tags: lower-cased, unique, short. */
export function tagsOf(...values: unknown[]): string[] {
  const tags = new Set<string>();
  for (const piece of values.flatMap(pieces)) {
    const tag = piece.trim().toLowerCase();
    if (tag !== '' && tag.length <= LIMITS.tagChars) tags.add(tag);
    if (tags.size === LIMITS.tags) break;
  }
  return [...tags];
}
