import { isIP } from 'node:net';
import { AppError } from '@sigmacode/core';
import { blockedAddressReason } from './ip-address.js';
import type { HostResolver, ResolvedAddress } from './resolve-host.js';

/** Names of cloud metadata services and of this machine, refused before any resolution. */
const BLOCKED_HOSTNAMES = new Set([
  'localhost',
  'metadata',
  'metadata.google.internal',
  'metadata.goog',
  'metadata.azure.com',
  'instance-data',
  'instance-data.ec2.internal',
]);

/**
 * A URL's host as compared: lower case, without IPv6 brackets or a trailing dot.
 *
 * @example
 * normalizeHost('Metadata.Google.Internal.') // 'metadata.google.internal'
 */
export function normalizeHost(host: string): string {
  const lower = host.toLowerCase();
  const unbracketed = lower.startsWith('[') && lower.endsWith(']') ? lower.slice(1, -1) : lower;
  return unbracketed.endsWith('.') ? unbracketed.slice(0, -1) : unbracketed;
}

/**
 * The address to connect to for a URL, after checking it: the protocol is http or https, the URL carries no
 * credentials, and — unless the host is allowlisted — the host is no metadata or local name and every address it
 * resolves to is public. The caller connects to exactly this address (no second resolution, so a DNS answer that
 * changes in between — DNS rebinding — cannot redirect the connection). Refusals are FORBIDDEN.
 *
 * @example
 * const { address, family } = await checkTarget({ url: new URL('https://example.com/'), allowHosts: new Set(), resolve })
 */
export async function checkTarget({
  url,
  allowHosts,
  resolve,
}: {
  url: URL;
  allowHosts: ReadonlySet<string>;
  resolve: HostResolver;
}): Promise<ResolvedAddress> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw refused({ host: url.protocol, reason: 'only http and https URLs are allowed' });
  }
  if (url.username || url.password) throw refused({ host: url.host, reason: 'URLs with credentials are not allowed' });
  const host = normalizeHost(url.hostname);
  const allowed = allowHosts.has(host);

  const literal = isIP(host);
  if (literal !== 0) {
    const reason = allowed ? undefined : blockedAddressReason(host);
    if (reason) throw refused({ host, reason });
    return { address: host, family: literal === 6 ? 6 : 4 };
  }

  if (!allowed && (BLOCKED_HOSTNAMES.has(host) || host.endsWith('.localhost'))) {
    throw refused({ host, reason: 'local or cloud metadata host name' });
  }
  let addresses: ResolvedAddress[];
  try {
    addresses = await resolve(host);
  } catch (error) {
    throw new AppError('UPSTREAM_FAILED', {
      message: `Could not resolve ${host}.`,
      details: { host },
      cause: error,
    });
  }
  const [first] = addresses;
  if (!first) throw new AppError('UPSTREAM_FAILED', { message: `${host} has no address.`, details: { host } });
  if (!allowed) {
    // Every address must be public: an attacker's name may list a public address first and a private one after.
    for (const { address } of addresses) {
      const reason = blockedAddressReason(address);
      if (reason) throw refused({ host, reason: `resolves to ${address}, ${reason}` });
    }
  }
  return first;
}

function refused({ host, reason }: { host: string; reason: string }): AppError {
  return new AppError('FORBIDDEN', { message: `Refused to connect to ${host}: ${reason}.`, details: { host, reason } });
}
