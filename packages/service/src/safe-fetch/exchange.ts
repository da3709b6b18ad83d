import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Target } from './target.ts';

/**
 * One GET to the checked target; resolves with the response head, the body still unread.
 * A fresh agent per request (`agent: false`): no pooled socket is reused for another host,
 * and none outlives the fetch. The signal (the total time cap) destroys it wherever it is.
 */
export function exchange(
  url: URL,
  target: Target,
  headers: Record<string, string>,
  signal: AbortSignal,
): Promise<IncomingMessage> {
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const outgoing = request({
      protocol: url.protocol,
      hostname: target.hostname,
      port: url.port || undefined,
      path: `${url.pathname}${url.search}`,
      method: 'GET',
      headers: { ...headers, host: url.host },
      lookup: target.lookup,
      agent: false,
      signal,
    });
    // `on`, not `once`: a socket error after the head arrived must not be left unhandled.
    outgoing.on('error', reject);
    outgoing.once('response', resolve);
    outgoing.end();
  });
}
