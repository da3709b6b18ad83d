import type { IncomingHttpHeaders } from 'node:http';
import { SafeFetchError } from './errors.ts';

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** Where a redirect points, or undefined when the answer is not one. */
export function redirectLocation(status: number, headers: IncomingHttpHeaders): string | undefined {
  return REDIRECT_STATUSES.has(status) ? headers.location : undefined;
}

/**
 * Text that only the bot walls of the big vendors put in their interstitials, not in the
 * ordinary pages they protect (those carry the vendors' scripts too, so script names alone
 * would block real recipes): Cloudflare's challenge titles and options, DataDome's captcha
 * host, PerimeterX (HUMAN)'s captcha element, Akamai's challenge path.
 */
const CHALLENGE_MARKERS = [
  '<title>just a moment...</title>',
  '<title>attention required! | cloudflare</title>',
  'window._cf_chl_opt',
  'captcha-delivery.com',
  'id="px-captcha"',
  '/_sec/cp_challenge/',
];

/** How much of a page to look through for a challenge; the interstitials are small. */
export const CHALLENGE_SCAN_BYTES = 65_536;

export function looksLikeChallenge(body: Buffer): boolean {
  const head = body.subarray(0, CHALLENGE_SCAN_BYTES).toString('latin1').toLowerCase();
  return CHALLENGE_MARKERS.some((marker) => head.includes(marker));
}

export function isChallengeHeader(headers: IncomingHttpHeaders): boolean {
  return String(headers['cf-mitigated'] ?? '').toLowerCase() === 'challenge';
}

export function blocked(host: string, status: number): SafeFetchError {
  return new SafeFetchError(
    'blocked',
    `${host} blocks automated requests (it answered ${status}), so Saffron could not read it. ` +
      'Open the page in your browser and send it to Saffron with the bookmarklet (on your Account page).',
  );
}

/**
 * What a non-2xx answer means for the person, or undefined for a 2xx. A 503 is only a bot
 * wall when its page says so: `challenge` is whether it does (read by the caller).
 */
export function refusalOf(
  status: number,
  host: string,
  { challenge }: { challenge: boolean },
): SafeFetchError | undefined {
  if (status >= 200 && status < 300) return undefined;
  if (status === 403 || status === 429 || (status === 503 && challenge)) {
    return blocked(host, status);
  }
  if (status === 404 || status === 410) {
    return new SafeFetchError('not-found', `That page does not exist (${status}).`);
  }
  const what =
    status >= 500 ? 'had a problem' : status >= 400 ? 'refused the request' : 'answered oddly';
  return new SafeFetchError('upstream', `${host} ${what} (it answered ${status}).`);
}
