import { BlockList, isIP } from "node:net";

/**
 * Addresses a server must not be made to fetch from on a user's say-so (SSRF): loopback,
 * "this network" (0.0.0.0/8), private (RFC 1918), carrier-grade NAT, link-local (169.254/16, where
 * cloud metadata services answer), multicast and reserved ranges, and their IPv6 counterparts
 * (::1, ::, unique-local fc00::/7, link-local fe80::/10, multicast, IPv4-mapped and NAT64 forms of
 * IPv4 addresses, which could smuggle any of the above).
 */
// Two lists: node's BlockList matches IPv4 addresses against IPv4-mapped IPv6 rules too.
const BLOCKED_V4 = new BlockList();
const BLOCKED_V6 = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const)
  BLOCKED_V4.addSubnet(net, prefix, "ipv4");
for (const [net, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["::ffff:0:0", 96],
  ["64:ff9b::", 96],
  ["64:ff9b:1::", 48],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
] as const)
  BLOCKED_V6.addSubnet(net, prefix, "ipv6");

/** True when `address` (an IPv4 or IPv6 literal, brackets allowed) is not a public unicast address. */
export function isNonPublicAddress(address: string): boolean {
  const a = address.replace(/^\[(.*)\]$/, "$1").replace(/%.*$/, "");
  const family = isIP(a);
  if (family === 4) return BLOCKED_V4.check(a, "ipv4");
  if (family === 6) return BLOCKED_V6.check(a, "ipv6");
  return true; // not an address at all: never "public"
}
