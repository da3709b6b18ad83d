import { type CheerioAPI } from 'cheerio';
import { cleanText } from '../text/whitespace.ts';

/**
 * Sites append their name to a recipe's title, in its data as in <title>: "Best Pancakes |
 * Site Name", "Site Name – Best Pancakes". These are the names a page gives its site, and the
 * rule that takes a name off a title.
 */

// What sites put between a title and their name; always with a blank on each side.
const SEPARATORS = ['|', '-', '–', '—', '·', '•', '»', '~', '::', '//'];

// Letters and digits only: "Love & Lemons" and "loveandlemons.com" differ, "Love and Lemons" and
// "loveandlemons" agree.
function nameKey(text: string): string {
  return [...text.normalize('NFKC').toLowerCase()]
    .filter((char) => /[\p{L}\p{N}]/u.test(char))
    .join('');
}

/** "www.love-and-lemons.co.uk" → "love-and-lemons.co.uk" and "love-and-lemons". */
function hostNames(url: URL): string[] {
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const labels = host.split('.');
  // The label before "com", or before "co.uk" / "com.au" (a short second-level label).
  const secondLevel = labels.length >= 3 && (labels.at(-2)?.length ?? 0) <= 3;
  const name = labels.at(secondLevel ? -3 : -2);
  return name === undefined ? [host] : [host, name];
}

/** The names a page gives its site: og:site_name, application-name, JSON-LD names, its host. */
export function siteNames($: CheerioAPI, url: URL, jsonLdNames: readonly string[]): string[] {
  const metas = $('meta[property="og:site_name"], meta[name="application-name"]')
    .toArray()
    .map((meta) => cleanText(meta.attribs.content ?? ''));
  return [...metas, ...jsonLdNames, ...hostNames(url)].filter((name) => nameKey(name) !== '');
}

interface TSegment {
  start: number;
  end: number;
}

/** Where the title's parts lie between its separators: "A | B - C" → A, B and C. */
function segments(title: string): TSegment[] {
  const parts: TSegment[] = [];
  let start = 0;
  for (let at = 0; at < title.length; at++) {
    if (title[at] !== ' ') continue;
    const separator = SEPARATORS.find(
      (candidate) =>
        title.startsWith(candidate, at + 1) && title[at + 1 + candidate.length] === ' ',
    );
    if (separator === undefined) continue;
    parts.push({ start, end: at });
    start = at + separator.length + 2;
    at = start - 1;
  }
  parts.push({ start, end: title.length });
  return parts;
}

/**
 * The title without a leading or trailing part that is the site's name; unchanged when no
 * part is, or when nothing else would be left.
 */
export function withoutSiteName(title: string, names: readonly string[]): string {
  const keys = new Set(names.map(nameKey));
  const isSite = (part: TSegment | undefined): boolean =>
    part !== undefined && keys.has(nameKey(title.slice(part.start, part.end)));
  const parts = segments(title);
  const first = isSite(parts[0]) ? 1 : 0;
  const last = isSite(parts.at(-1)) ? parts.length - 1 : parts.length;
  const start = parts[first]?.start;
  const end = parts[last - 1]?.end;
  if (last <= first || start === undefined || end === undefined) return title;
  return title.slice(start, end).trim();
}
