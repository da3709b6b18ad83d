/**
 * Links in what people paste or share. Share sheets differ: some put the link in `url`, some
 * inside `text` after the page's title ("Best soup https://…"), some in both.
 */

const LINK = /https?:\/\/[^\s<>"']+/giu;
/** Punctuation that ends a sentence around a link rather than belonging to it. */
const TRAILING = /[.,;:!?)\]}»”’]+$/u;

function asLink(candidate: string): string | undefined {
  const trimmed = candidate.replace(TRAILING, '');
  try {
    const url = new URL(trimmed);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Every http(s) link in a text, in order, each once. */
export function linksIn(text: string): string[] {
  const links = [...text.matchAll(LINK)].map((match) => asLink(match[0]));
  return [...new Set(links.filter((link): link is string => link !== undefined))];
}

/** The page a share is about: its `url` if that is a link, else the first link in its text. */
export function sharedLink(shared: {
  url?: string | undefined;
  text?: string | undefined;
  title?: string | undefined;
}): string | undefined {
  return [shared.url, shared.text, shared.title]
    .map((part) => (part ? linksIn(part)[0] : undefined))
    .find((link) => link !== undefined);
}
