import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP, type LookupFunction } from 'node:net';
import { isPublicAddress } from './address-policy.ts';
import { comparableHost } from './allowed-hosts.ts';
import { refusedAddress, SafeFetchError } from './errors.ts';

export interface ResolvedAddress {
  address: string;
  family: number;
}

/** Every address a host name has; production asks the system resolver (`dns.lookup`). */
export type HostLookup = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemLookup: HostLookup = (hostname) => dnsLookup(hostname, { all: true });

function invalidUrl(message: string): SafeFetchError {
  return new SafeFetchError('invalid-url', message);
}

/** A user-given link (or a redirect's Location, against the page it came from) Saffron may open. */
export function parseLink(link: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(link, base);
  } catch {
    throw invalidUrl('That is not a web address. Paste a link that starts with https://.');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw invalidUrl(`Saffron only opens http:// and https:// links, not ${url.protocol} ones.`);
  }
  // Node would send them as an Authorization header to whatever host this is.
  if (url.username || url.password) {
    throw invalidUrl('Links with a user name or password in them are not supported.');
  }
  return url;
}

/** The RFC 6761 names that always mean this machine, whatever a resolver says. */
function isLocalhostName(hostname: string): boolean {
  return hostname === 'localhost' || hostname.endsWith('.localhost');
}

export interface Target {
  /** What to pass as `hostname` to http.request: the name, or the bare IP. */
  hostname: string;
  /** Hands the connection the addresses checked here, so it never asks DNS again. */
  lookup: LookupFunction | undefined;
}

function pinnedLookup(addresses: ResolvedAddress[]): LookupFunction {
  const [first] = addresses as [ResolvedAddress];
  return (_hostname, options, callback) => {
    if (options.all) callback(null, addresses);
    else callback(null, first.address, first.family);
  };
}

/**
 * Resolves a URL's host once and checks every address it has, unless the host is allowed.
 * The connection then goes to exactly these addresses (no second lookup, so no rebinding);
 * TLS still names and verifies the host itself.
 */
export async function resolveTarget(
  url: URL,
  { allowed, lookup }: { allowed: boolean; lookup: HostLookup },
): Promise<Target> {
  const hostname = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  const shown = comparableHost(url.hostname);
  if (isIP(hostname)) {
    if (!allowed && !isPublicAddress(hostname)) throw refusedAddress(hostname, hostname);
    return { hostname, lookup: undefined };
  }
  if (!allowed && isLocalhostName(shown)) throw refusedAddress(shown, 'this machine');
  // The family from the address itself: a resolver's answer is not trusted to label it.
  const addresses = (await lookup(hostname)).map(({ address }) => ({
    address,
    family: isIP(address),
  }));
  if (addresses.length === 0) {
    throw new SafeFetchError('unreachable', `Saffron could not find ${shown}. Check the address.`);
  }
  const refused = allowed ? undefined : addresses.find(({ address }) => !isPublicAddress(address));
  if (refused) throw refusedAddress(shown, refused.address);
  return { hostname, lookup: pinnedLookup(addresses) };
}
