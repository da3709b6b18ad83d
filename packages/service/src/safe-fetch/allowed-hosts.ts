import { isIPv6 } from 'node:net';

/** One IMPORT_ALLOWED_HOSTS entry: a host, and the one port it is limited to if any. */
interface AllowedHost {
  hostname: string;
  port: number | undefined;
}

// A bracketed IPv6 literal or a name/IPv4 without ':', then an optional port. Linear: the
// host part cannot contain ':' so there is one way to split.
const ENTRY = /^(\[[0-9a-f:.]+\]|[^\s:/?#@[\]\\]+)(?::(\d{1,5}))?$/i;

/** The form WHATWG URL gives a host ("127.1" → "127.0.0.1", "LAN." → "lan"), for comparing. */
export function comparableHost(hostname: string): string {
  return hostname.toLowerCase().replace(/\.$/, '');
}

export function parseAllowedHost(entry: string): AllowedHost | undefined {
  const trimmed = entry.trim();
  // A bare IPv6 address ("::1") has no room for a port: it is the whole host.
  const match = ENTRY.exec(isIPv6(trimmed) ? `[${trimmed}]` : trimmed);
  if (!match?.[1]) return undefined;
  const port = match[2] === undefined ? undefined : Number(match[2]);
  if (port !== undefined && (port < 1 || port > 65_535)) return undefined;
  try {
    return { hostname: comparableHost(new URL(`http://${match[1]}`).hostname), port };
  } catch {
    return undefined;
  }
}

function portOf(url: URL): number {
  if (url.port) return Number(url.port);
  return url.protocol === 'https:' ? 443 : 80;
}

/**
 * A test for "may Saffron fetch this URL's host even though it is on a private network?".
 * A `host` entry allows every port of it; `host:port` only that port.
 */
export function hostAllowList(entries: readonly string[]): (url: URL) => boolean {
  const allowed = entries.map((entry) => {
    const parsed = parseAllowedHost(entry);
    if (!parsed) throw new Error(`Not a host or host:port: ${entry}`);
    return parsed;
  });
  return (url) => {
    const hostname = comparableHost(url.hostname);
    const port = portOf(url);
    return allowed.some(
      (entry) => entry.hostname === hostname && (entry.port === undefined || entry.port === port),
    );
  };
}
