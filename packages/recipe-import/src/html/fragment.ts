import { load } from 'cheerio';
import { decodeEntities } from '../text/entities.ts';
import { cleanLines } from '../text/whitespace.ts';
import { linesOf } from './dom-text.ts';
import { cutDeepNesting } from './nesting.ts';

// A '<' that opens a tag, a closing tag or a comment; "5 < 6" is no markup.
function looksLikeMarkup(text: string): boolean {
  for (let at = text.indexOf('<'); at !== -1; at = text.indexOf('<', at + 1)) {
    const next = text.charAt(at + 1);
    if (next === '/' || next === '!' || next.toLowerCase() !== next.toUpperCase()) return true;
  }
  return false;
}

/**
 * Lines of a string that structured data states as text but sites fill with HTML and
 * entities (encoded once or twice): tags stripped, blocks and <br> kept as line breaks.
 */
export function stringToLines(value: string): string[] {
  const decoded = decodeEntities(value);
  if (!looksLikeMarkup(decoded)) return cleanLines(decoded);
  // Text in structured data is as untrusted as the page: the same nesting limit applies.
  const $ = load(
    cutDeepNesting(decoded).html,
    { xml: { xmlMode: false, decodeEntities: true } },
    false,
  );
  return linesOf($.root().contents().toArray());
}

/** The same, on one line. */
export function stringToText(value: string): string {
  return stringToLines(value).join(' ');
}
