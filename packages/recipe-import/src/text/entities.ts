import { decodeHTML } from 'entities';

// Sites encode twice ("&amp;amp;", "&amp;#39;"); three rounds undo that and stop.
const MAX_ROUNDS = 3;

/** Decodes HTML character references, again while a round still changes something. */
export function decodeEntities(text: string): string {
  let current = text;
  for (let round = 0; round < MAX_ROUNDS && current.includes('&'); round++) {
    const decoded = decodeHTML(current);
    if (decoded === current) break;
    current = decoded;
  }
  return current;
}
