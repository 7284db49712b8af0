import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { clientIpOf } from './client-ip.js';

/** An app that answers with the client IP it sees. */
function ipApp({ trustProxy }: { trustProxy: boolean }) {
  return new Hono().get('/ip', (c) => c.text(clientIpOf({ c, trustProxy })));
}

async function ipOf({
  trustProxy,
  headers = {},
  env,
}: {
  trustProxy: boolean;
  headers?: Record<string, string>;
  env?: unknown;
}): Promise<string> {
  const res = await ipApp({ trustProxy }).request('/ip', { headers }, env);
  return res.text();
}

/** The bindings @hono/node-server passes to the app: the Node request with its socket. */
function nodeEnv(remoteAddress: string) {
  return { incoming: { socket: { remoteAddress, remotePort: 50_000, remoteFamily: 'IPv4' } } };
}

describe('clientIpOf', () => {
  it('behind a trusted proxy, takes the first X-Forwarded-For address', async () => {
    const headers = { 'X-Forwarded-For': ' 203.0.113.7 , 10.0.0.2, 10.0.0.1', 'X-Real-IP': '198.51.100.1' };
    expect(await ipOf({ trustProxy: true, headers })).toBe('203.0.113.7');
  });

  it('accepts IPv6 forwarded addresses, with or without brackets and port', async () => {
    expect(await ipOf({ trustProxy: true, headers: { 'X-Forwarded-For': '2001:DB8::1' } })).toBe('2001:db8::1');
    expect(await ipOf({ trustProxy: true, headers: { 'X-Forwarded-For': '[2001:db8::1]:443' } })).toBe('2001:db8::1');
    expect(await ipOf({ trustProxy: true, headers: { 'X-Forwarded-For': '203.0.113.7:8443' } })).toBe('203.0.113.7');
  });

  it('falls back to X-Real-IP when X-Forwarded-For is missing or not an address', async () => {
    expect(await ipOf({ trustProxy: true, headers: { 'X-Real-IP': '198.51.100.1' } })).toBe('198.51.100.1');
    const headers = { 'X-Forwarded-For': 'evil.example, 203.0.113.7', 'X-Real-IP': '198.51.100.1' };
    expect(await ipOf({ trustProxy: true, headers })).toBe('198.51.100.1');
  });

  it('behind a trusted proxy without usable headers, uses the socket address', async () => {
    const headers = { 'X-Forwarded-For': 'garbage', 'X-Real-IP': 'also garbage' };
    expect(await ipOf({ trustProxy: true, headers, env: nodeEnv('192.0.2.10') })).toBe('192.0.2.10');
  });

  it('without a trusted proxy, ignores forwarding headers and uses the socket address', async () => {
    const headers = { 'X-Forwarded-For': '203.0.113.7', 'X-Real-IP': '198.51.100.1' };
    expect(await ipOf({ trustProxy: false, headers, env: nodeEnv('192.0.2.10') })).toBe('192.0.2.10');
  });

  it('spells an IPv4 client on a dual-stack socket as plain IPv4', async () => {
    expect(await ipOf({ trustProxy: false, env: nodeEnv('::ffff:192.0.2.10') })).toBe('192.0.2.10');
  });

  it("answers 'unknown' when there is no socket (in-process requests)", async () => {
    expect(await ipOf({ trustProxy: false })).toBe('unknown');
    expect(await ipOf({ trustProxy: true })).toBe('unknown');
  });

  it('reads the peer address of a real connection', async () => {
    const server = serve({ fetch: ipApp({ trustProxy: false }).fetch, port: 0, hostname: '127.0.0.1' });
    try {
      await new Promise<void>((resolve) => (server.listening ? resolve() : server.once('listening', resolve)));
      const { port } = server.address() as AddressInfo;
      const res = await fetch(`http://127.0.0.1:${port}/ip`, { headers: { 'X-Forwarded-For': '203.0.113.7' } });
      expect(await res.text()).toBe('127.0.0.1');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
