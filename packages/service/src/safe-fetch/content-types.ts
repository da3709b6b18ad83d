import { SafeFetchError } from './errors.ts';

/** A recipe page (HTML, or JSON-LD served on its own) or a recipe's photo. */
export type FetchKind = 'page' | 'image';

const PAGE_TYPES = new Set([
  'text/html',
  'application/xhtml+xml',
  'application/ld+json',
  'application/json',
]);

/** Like a browser's Accept for the same kind of request (SVG left out: it is refused). */
const ACCEPT: Record<FetchKind, string> = {
  page: 'text/html,application/xhtml+xml,application/ld+json;q=0.9,application/json;q=0.8,*/*;q=0.5',
  image: 'image/avif,image/webp,image/apng,image/*;q=0.9,*/*;q=0.5',
};

/** A current desktop Chrome: some recipe sites answer anything else with a bot wall. */
const USER_AGENT =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/143.0.0.0 Safari/537.36';

export const DEFAULT_ACCEPT_LANGUAGE = 'en-US,en;q=0.9';
// Language tags, q-values and separators only: nothing that could break out of the header.
const ACCEPT_LANGUAGE = /^[\w\-,;=.* ]{1,256}$/;

export function requestHeaders(kind: FetchKind, acceptLanguage?: string): Record<string, string> {
  const language =
    acceptLanguage !== undefined && ACCEPT_LANGUAGE.test(acceptLanguage)
      ? acceptLanguage
      : DEFAULT_ACCEPT_LANGUAGE;
  return {
    'user-agent': USER_AGENT,
    accept: ACCEPT[kind],
    'accept-language': language,
    'accept-encoding': 'gzip, deflate, br',
  };
}

/** "Text/HTML; charset=UTF-8" → "text/html"; '' when the site did not say. */
export function mediaTypeOf(contentType: string | undefined): string {
  return (contentType ?? '').split(';', 1)[0]?.trim().toLowerCase() ?? '';
}

function isAccepted(kind: FetchKind, mediaType: string): boolean {
  if (kind === 'page') return PAGE_TYPES.has(mediaType);
  // Browsers run the scripts inside an SVG: never take one from a stranger's site.
  return mediaType.startsWith('image/') && mediaType !== 'image/svg+xml';
}

export function checkContentType(kind: FetchKind, mediaType: string, host: string): void {
  if (isAccepted(kind, mediaType)) return;
  const what = mediaType ? `it is ${mediaType}` : `${host} did not say what it is`;
  const message =
    kind === 'page'
      ? `That link is not a web page Saffron can read (${what}).`
      : `That link is not a photo Saffron can use (${what}). Use a JPEG, PNG, WebP, GIF, AVIF or HEIC image.`;
  throw new SafeFetchError('content-type', message);
}

export function isHtml(mediaType: string): boolean {
  return mediaType === 'text/html' || mediaType === 'application/xhtml+xml';
}
