import { isIPv4, isIPv6 } from 'node:net';

/**
 * Address ranges a tool may never reach (unless its host is allowlisted): everything that is not the public
 * internet — loopback, private and shared (CGNAT) networks, link-local (where cloud metadata services live),
 * multicast, reserved, documentation and benchmarking ranges — and IPv6 forms that smuggle an IPv4 address.
 */
const IPV4_BLOCKED: ReadonlyArray<[cidr: string, reason: string]> = [
  ['169.254.169.254/32', 'cloud metadata service'],
  ['0.0.0.0/8', 'unspecified ("this network")'],
  ['10.0.0.0/8', 'private network'],
  ['100.64.0.0/10', 'shared address space (CGNAT)'],
  ['127.0.0.0/8', 'loopback'],
  ['169.254.0.0/16', 'link-local'],
  ['172.16.0.0/12', 'private network'],
  ['192.0.0.0/24', 'IETF protocol assignments'],
  ['192.0.2.0/24', 'documentation'],
  ['192.88.99.0/24', '6to4 relay'],
  ['192.168.0.0/16', 'private network'],
  ['198.18.0.0/15', 'benchmarking'],
  ['198.51.100.0/24', 'documentation'],
  ['203.0.113.0/24', 'documentation'],
  ['224.0.0.0/4', 'multicast'],
  ['240.0.0.0/4', 'reserved'],
];

const IPV6_BLOCKED: ReadonlyArray<[cidr: string, reason: string]> = [
  ['fd00:ec2::254/128', 'cloud metadata service'],
  ['::/128', 'unspecified'],
  ['::1/128', 'loopback'],
  ['::ffff:0:0/96', 'IPv4-mapped IPv6'],
  ['::/96', 'IPv4-compatible IPv6'],
  ['64:ff9b:1::/48', 'local-use NAT64'],
  ['100::/64', 'discard-only'],
  ['2001::/32', 'Teredo tunnel'],
  ['2001:db8::/32', 'documentation'],
  ['fc00::/7', 'unique local (private network)'],
  ['fe80::/10', 'link-local'],
  ['fec0::/10', 'site-local'],
  ['ff00::/8', 'multicast'],
];

const NAT64 = parseCidr6('64:ff9b::/96');
const SIX_TO_FOUR = parseCidr6('2002::/16');

/**
 * Why an IP address must not be contacted, or undefined when it is a public unicast address. Anything that is not
 * an IP address is refused too. NAT64 (64:ff9b::/96) and 6to4 (2002::/16) addresses are judged by the IPv4 address
 * inside them.
 *
 * @example
 * blockedAddressReason('10.1.2.3') // 'private network (10.0.0.0/8)'
 * blockedAddressReason('93.184.215.14') // undefined
 */
export function blockedAddressReason(address: string): string | undefined {
  const v4 = parseIPv4(address);
  if (v4 !== undefined) return blockedV4Reason(v4);
  const v6 = parseIPv6(address);
  if (v6 === undefined) return 'not an IP address';
  for (const [cidr, reason] of IPV6_BLOCKED) {
    if (inCidr6(v6, parseCidr6(cidr))) return `${reason} (${cidr})`;
  }
  if (inCidr6(v6, NAT64)) return embeddedReason(Number(v6 & 0xffffffffn), 'NAT64');
  if (inCidr6(v6, SIX_TO_FOUR)) return embeddedReason(Number((v6 >> 80n) & 0xffffffffn), '6to4');
  return undefined;
}

function embeddedReason(v4: number, kind: string): string | undefined {
  const reason = blockedV4Reason(v4);
  return reason ? `${kind} address of ${formatIPv4(v4)}: ${reason}` : undefined;
}

function blockedV4Reason(v4: number): string | undefined {
  if (v4 === 0xffffffff) return 'broadcast';
  for (const [cidr, reason] of IPV4_BLOCKED) {
    const [base = '', bits = '32'] = cidr.split('/');
    const prefix = Number(bits);
    const mask = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
    if ((v4 & mask) >>> 0 === ((parseIPv4(base) ?? 0) & mask) >>> 0) return `${reason} (${cidr})`;
  }
  return undefined;
}

/**
 * A dotted-quad IPv4 address as an unsigned 32-bit number, or undefined.
 *
 * @example
 * parseIPv4('127.0.0.1') // 2130706433
 */
export function parseIPv4(address: string): number | undefined {
  if (!isIPv4(address)) return undefined;
  return address.split('.').reduce((value, octet) => value * 256 + Number(octet), 0);
}

/**
 * An IPv6 address (with `::`, an embedded dotted quad or a `%zone`) as a 128-bit bigint, or undefined.
 *
 * @example
 * parseIPv6('::ffff:1.2.3.4') // 0xffff01020304n
 */
export function parseIPv6(address: string): bigint | undefined {
  const unbracketed = address.startsWith('[') && address.endsWith(']') ? address.slice(1, -1) : address;
  const text = unbracketed.split('%')[0] ?? '';
  if (!isIPv6(text)) return undefined;
  let expanded = text;
  const lastColon = expanded.lastIndexOf(':');
  const tail = expanded.slice(lastColon + 1);
  if (tail.includes('.')) {
    const v4 = parseIPv4(tail);
    if (v4 === undefined) return undefined;
    expanded = `${expanded.slice(0, lastColon + 1)}${(v4 >>> 16).toString(16)}:${(v4 & 0xffff).toString(16)}`;
  }
  const [head = '', rest] = expanded.split('::');
  const headGroups = head === '' ? [] : head.split(':');
  const restGroups = rest === undefined || rest === '' ? [] : rest.split(':');
  const zeros = rest === undefined ? [] : new Array<string>(8 - headGroups.length - restGroups.length).fill('0');
  const groups = [...headGroups, ...zeros, ...restGroups];
  if (groups.length !== 8) return undefined;
  return groups.reduce((value, group) => (value << 16n) | BigInt(Number.parseInt(group, 16)), 0n);
}

function formatIPv4(v4: number): string {
  return [24, 16, 8, 0].map((shift) => (v4 >>> shift) & 0xff).join('.');
}

function parseCidr6(cidr: string): { base: bigint; prefix: bigint } {
  const [base = '', bits = '128'] = cidr.split('/');
  return { base: parseIPv6(base) ?? 0n, prefix: BigInt(bits) };
}

function inCidr6(address: bigint, { base, prefix }: { base: bigint; prefix: bigint }): boolean {
  const shift = 128n - prefix;
  return address >> shift === base >> shift;
}
