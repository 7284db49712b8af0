import { isIPv6 } from 'node:net';
import type { PiiEntity } from './pii-entity.js';

const CANDIDATE = /(?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![\w:])/g;

/**
 * IPv6 addresses (validated by node:net), leaving out the unspecified and loopback addresses and, unless
 * `privateIps`, link-local and unique-local ones. Times (`10:30:00`) and C++ scopes (`std::cout`) are not addresses.
 *
 * @example findIpv6Addresses({ text: 'host 2001:db8::8a2e:370:7334', privateIps: false }).length // 1
 */
export function findIpv6Addresses({ text, privateIps }: { text: string; privateIps: boolean }): PiiEntity[] {
  if (!text.includes(':')) return [];
  const found: PiiEntity[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const value = match[0].toLowerCase();
    const groups = value.split(':').filter(Boolean);
    if (groups.length < 3) continue;
    if (!isIPv6(value) || value === '::' || value === '::1') continue;
    if (!value.includes('::') && groups.length < 8) continue;
    if (!privateIps && /^(?:fe[89ab]|f[cd])/.test(value)) continue;
    found.push({ type: 'IP_ADDRESS', start: match.index, end: match.index + match[0].length });
  }
  return found;
}
