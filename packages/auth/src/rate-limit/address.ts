import ipaddr from 'ipaddr.js';

/**
 * Who an address is, for limits: an IPv4 address itself, an IPv6 address by its /64 (one
 * customer's network: rotating through it is free), IPv4-mapped IPv6 as the IPv4 it maps.
 */
export function limitKeyOf(ip: string): string {
  if (!ipaddr.isValid(ip)) return ip;
  const address = ipaddr.process(ip);
  if (address.kind() === 'ipv4') return address.toString();
  const parts = (address as ipaddr.IPv6).parts.slice(0, 4);
  return `${parts.map((part) => part.toString(16)).join(':')}::/64`;
}
