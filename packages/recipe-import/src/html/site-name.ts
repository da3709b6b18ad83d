import { type CheerioAPI } from 'cheerio';
import { letterKey } from '../text/letter-key.ts';
import { titleParts, type TPart } from '../text/title-parts.ts';
import { cleanText } from '../text/whitespace.ts';

/**
 * Sites append their name to a recipe's title, in its data as in <title>: "Best Pancakes |
 * Site Name", "Site Name – Best Pancakes". These are the names a page gives its site, and the
 * rule that takes a name off a title.
 */

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
  return [...metas, ...jsonLdNames, ...hostNames(url)].filter((name) => letterKey(name) !== '');
}

/**
 * The title without a leading or trailing part that is the site's name; unchanged when no
 * part is, or when nothing else would be left.
 */
export function withoutSiteName(title: string, names: readonly string[]): string {
  const keys = new Set(names.map(letterKey));
  const isSite = (part: TPart | undefined): boolean =>
    part !== undefined && keys.has(letterKey(title.slice(part.start, part.end)));
  const parts = titleParts(title);
  const first = isSite(parts[0]) ? 1 : 0;
  const last = isSite(parts.at(-1)) ? parts.length - 1 : parts.length;
  const start = parts[first]?.start;
  const end = parts[last - 1]?.end;
  if (last <= first || start === undefined || end === undefined) return title;
  return title.slice(start, end).trim();
}
