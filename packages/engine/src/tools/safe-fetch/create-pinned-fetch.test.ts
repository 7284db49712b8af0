import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPinnedFetch } from './create-pinned-fetch.js';
import type { HostResolver } from './resolve-host.js';

let port = 0;
const hosts: string[] = [];
const server = createServer((request, response) => {
  hosts.push(request.headers.host ?? '');
  if (request.url === '/redirect') {
    response.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' });
    response.end();
    return;
  }
  let body = '';
  request.on('data', (chunk) => {
    body += chunk;
  });
  request.on('end', () => {
    response.writeHead(200, { 'content-type': 'text/event-stream' });
    response.write(`data: ${body}\n\n`);
    setTimeout(() => response.end('data: second\n\n'), 10);
  });
});

/** Every name resolves to loopback, where the test server listens. */
const resolve: HostResolver = async () => [{ address: '127.0.0.1', family: 4 }];

beforeAll(async () => {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

describe('createPinnedFetch', () => {
  it('connects an allowed name to the checked address and streams the answer', async () => {
    const pinned = createPinnedFetch({ allowHosts: ['mcp.test'], resolve });
    const response = await pinned(`http://mcp.test:${port}/mcp`, { method: 'POST', body: '{"ping":1}' });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('data: {"ping":1}\n\ndata: second\n\n');
    expect(hosts.at(-1)).toBe(`mcp.test:${port}`);
  });

  it('refuses a name that resolves to a private address unless allowed', async () => {
    const pinned = createPinnedFetch({ resolve });
    await expect(pinned(`http://rebind.test:${port}/mcp`)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('returns a redirect as it is instead of following it', async () => {
    const pinned = createPinnedFetch({ allowHosts: ['mcp.test'], resolve });
    const response = await pinned(`http://mcp.test:${port}/redirect`);
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('http://169.254.169.254/latest/meta-data/');
  });
});
