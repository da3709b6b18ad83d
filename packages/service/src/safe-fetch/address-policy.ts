import ipaddr from 'ipaddr.js';

type IPv4 = ipaddr.IPv4;
type IPv6 = ipaddr.IPv6;

/** Only IANA's global unicast block: ::/8 (IPv4-compatible ::a.b.c.d among it), 100::/64 and
 * the rest outside it are no public host's address, whatever ipaddr.js calls "unicast". */
const GLOBAL_UNICAST = ipaddr.parseCIDR('2000::/3');

function fromWords(high: number | undefined, low: number | undefined): IPv4 {
  const [a, b, c, d] = [(high ?? 0) >> 8, (high ?? 0) & 0xff, (low ?? 0) >> 8, (low ?? 0) & 0xff];
  return new ipaddr.IPv4([a, b, c, d]);
}

/**
 * The IPv4 address an IPv6 one stands for, where the packets end up at it: mapped
 * (::ffff:a.b.c.d), translated (::ffff:0:a.b.c.d), NAT64 (64:ff9b::a.b.c.d) and 6to4
 * (2002:aabb:ccdd::). Each must pass the IPv4 rules, so none smuggles in 127.0.0.1.
 */
function embeddedIPv4(ip: IPv6): IPv4 | undefined {
  const { parts } = ip;
  switch (ip.range()) {
    case 'ipv4Mapped':
      return ip.toIPv4Address();
    case 'rfc6145':
      return fromWords(parts[6], parts[7]);
    case 'rfc6052':
      // 64:ff9b::/96 is the well-known NAT64 prefix; 64:ff9b:1::/48 is a local one (refused).
      return parts[2] === 0 ? fromWords(parts[6], parts[7]) : undefined;
    case '6to4':
      return fromWords(parts[1], parts[2]);
    default:
      return undefined;
  }
}

function isPublicIPv6(ip: IPv6): boolean {
  const embedded = embeddedIPv4(ip);
  if (embedded) return embedded.range() === 'unicast';
  return ip.range() === 'unicast' && ip.match(GLOBAL_UNICAST);
}

/**
 * Whether an IP address is a public host's. Everything ipaddr.js files under a special
 * range is refused: loopback, private, link-local, unique-local, multicast, CGNAT,
 * unspecified, broadcast, reserved, benchmarking, documentation, Teredo and the rest.
 * Anything that does not parse as an address is refused too.
 */
export function isPublicAddress(address: string): boolean {
  const bare = address.startsWith('[') ? address.slice(1, -1) : address;
  if (!ipaddr.isValid(bare)) return false;
  const ip = ipaddr.parse(bare);
  return ip instanceof ipaddr.IPv6 ? isPublicIPv6(ip) : ip.range() === 'unicast';
}
