import type { IncomingMessage } from 'node:http';
import { comparableHost, hostAllowList } from './allowed-hosts.ts';
import {
  checkContentType,
  isHtml,
  mediaTypeOf,
  requestHeaders,
  type FetchKind,
} from './content-types.ts';
import { decodeText } from './decode-text.ts';
import { failureOf, SafeFetchError, tookTooLong, tooLarge } from './errors.ts';
import { exchange } from './exchange.ts';
import { readBody } from './read-body.ts';
import { parseLink, resolveTarget, systemLookup, type HostLookup } from './target.ts';
import {
  blocked,
  CHALLENGE_SCAN_BYTES,
  isChallengeHeader,
  looksLikeChallenge,
  redirectLocation,
  refusalOf,
} from './upstream.ts';

export const MAX_REDIRECTS = 5;

export interface SafeFetchOptions {
  /** IMPORT_ALLOWED_HOSTS: `host` or `host:port` entries exempt from the private-network rule. */
  allowedHosts: readonly string[];
  /** IMPORT_MAX_BYTES: the most bytes read from one answer, counted after decompression. */
  maxBytes: number;
  /** IMPORT_TIMEOUT: for the whole fetch, from DNS to the last byte, redirects included. */
  timeoutMs: number;
  /** Tests inject a resolver; production uses dns.lookup. */
  lookup?: HostLookup;
}

export interface FetchRequest {
  kind: FetchKind;
  /** Sent as Accept-Language; "en-US,en;q=0.9" when left out (or not a language list). */
  acceptLanguage?: string;
  /** Cancels the fetch; it then rejects with the signal's reason. */
  signal?: AbortSignal;
}

export interface FetchedResource {
  /** The final URL, after redirects. */
  url: string;
  status: number;
  /** The media type, lowercased, without parameters: "text/html", "image/webp". */
  contentType: string;
  /** Decompressed. */
  body: Buffer;
  /** The body as text, in the charset the site declared (BOM, header or `<meta>`), else UTF-8. */
  text(): string;
}

export interface SafeFetcher {
  fetch(url: string, request: FetchRequest): Promise<FetchedResource>;
}

/** A step that ignores signals (a DNS lookup) still ends the moment the signal fires. */
function unlessAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason as Error);
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** A 503 page too big (or broken) to be a challenge is simply a 503; the time cap still counts. */
function peekFailed(signal: AbortSignal): Buffer {
  signal.throwIfAborted();
  return Buffer.alloc(0);
}

/**
 * The one way Saffron's servers fetch a URL a person gave them. Nothing on a private
 * network is reachable through it (unless allowed), every redirect is checked again,
 * and size and time are capped, so a link cannot turn the server against its own network.
 *
 * Redirects from https to http are followed, as browsers do: no cookie or credential is
 * ever sent, and the address of every hop is checked the same way.
 */
export function createSafeFetcher(options: SafeFetchOptions): SafeFetcher {
  const isAllowed = hostAllowList(options.allowedHosts);
  const lookup = options.lookup ?? systemLookup;

  async function accept(
    url: URL,
    response: IncomingMessage,
    kind: FetchKind,
    signal: AbortSignal,
  ): Promise<FetchedResource> {
    const host = comparableHost(url.hostname);
    const status = response.statusCode ?? 0;
    const read = (maxBytes: number) => readBody(response, { maxBytes, host, signal });
    if (isChallengeHeader(response.headers)) throw blocked(host, status);
    const challenge =
      status === 503 &&
      looksLikeChallenge(await read(CHALLENGE_SCAN_BYTES).catch(() => peekFailed(signal)));
    const refusal = refusalOf(status, host, { challenge });
    if (refusal) throw refusal;
    const contentType = response.headers['content-type'] ?? '';
    const mediaType = mediaTypeOf(contentType);
    checkContentType(kind, mediaType, host);
    if (Number(response.headers['content-length']) > options.maxBytes) {
      throw tooLarge(host, options.maxBytes);
    }
    const body = await read(options.maxBytes);
    if (kind === 'page' && isHtml(mediaType) && looksLikeChallenge(body)) {
      throw blocked(host, status);
    }
    return {
      url: url.href,
      status,
      contentType: mediaType,
      body,
      text: () => decodeText(body, contentType),
    };
  }

  async function follow(
    link: string,
    request: FetchRequest,
    signal: AbortSignal,
    progress: { host: string },
  ) {
    const headers = requestHeaders(request.kind, request.acceptLanguage);
    let url = parseLink(link);
    for (let redirects = 0; ; redirects++) {
      progress.host = comparableHost(url.hostname);
      const allowed = isAllowed(url);
      const target = await unlessAborted(resolveTarget(url, { allowed, lookup }), signal);
      const response = await exchange(url, target, headers, signal);
      const location = redirectLocation(response.statusCode ?? 0, response.headers);
      if (location === undefined) {
        try {
          return await accept(url, response, request.kind, signal);
        } finally {
          response.destroy();
        }
      }
      response.destroy();
      if (redirects === MAX_REDIRECTS) {
        throw new SafeFetchError(
          'too-many-redirects',
          `That link redirects more than ${MAX_REDIRECTS} times, so Saffron stopped following it.`,
        );
      }
      url = parseLink(location, url);
    }
  }

  return {
    async fetch(link, request) {
      const deadline = AbortSignal.timeout(options.timeoutMs);
      const signal = request.signal ? AbortSignal.any([deadline, request.signal]) : deadline;
      const progress = { host: 'The site' };
      try {
        return await follow(link, request, signal, progress);
      } catch (error) {
        if (request.signal?.aborted) throw request.signal.reason;
        if (error instanceof SafeFetchError) throw error;
        if (deadline.aborted) throw tookTooLong(progress.host, options.timeoutMs);
        throw failureOf(error, progress.host);
      }
    },
  };
}
