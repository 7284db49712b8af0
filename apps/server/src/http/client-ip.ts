import { isIP } from 'node:net';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/** "[2001:db8::1]:443" and "203.0.113.7:443": some proxies add the client's port. */
const BRACKETED = /^\[([^\]]+)\](?::\d+)?$/;
const IPV4_WITH_PORT = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/;
/** An IPv4 client on a dual-stack socket shows up as "::ffff:203.0.113.7"; one address, one key. */
const IPV4_MAPPED = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i;

/** The address in value in one canonical spelling, or undefined when it is not an IP address. */
function addressOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  let address = value.trim();
  address = BRACKETED.exec(address)?.[1] ?? IPV4_WITH_PORT.exec(address)?.[1] ?? address;
  address = IPV4_MAPPED.exec(address)?.[1] ?? address;
  if (isIP(address) === 0) return undefined;
  return address.toLowerCase();
}

/**
 * The client's IP address, for rate limits and audit. Behind a reverse proxy (trustProxy) it is the first address of
 * X-Forwarded-For, else X-Real-IP; otherwise the socket's peer address. Only set trustProxy when a proxy you run
 * sets these headers itself (overwriting, not appending to, what the client sent): without that a client can name
 * any address it likes. 'unknown' when there is no address at all (in-process `app.request` tests).
 *
 * @example
 * const ip = clientIpOf({ c, trustProxy: config.trustProxy })
 */
export function clientIpOf({ c, trustProxy }: { c: Context; trustProxy: boolean }): string {
  if (trustProxy) {
    const forwarded = addressOf(c.req.header('x-forwarded-for')?.split(',')[0]) ?? addressOf(c.req.header('x-real-ip'));
    if (forwarded) return forwarded;
  }
  try {
    return addressOf(getConnInfo(c).remote.address) ?? 'unknown';
  } catch {
    // No Node socket behind this request (app.request in tests, another runtime).
    return 'unknown';
  }
}
