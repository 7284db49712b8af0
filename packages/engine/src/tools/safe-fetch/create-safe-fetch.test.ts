import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { AppError } from '@sigmacode/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSafeFetch } from './create-safe-fetch.js';
import type { HostResolver } from './resolve-host.js';

let server: Server;
let port: number;
const seen: Array<{ method: string; url: string; host: string; authorization?: string; body: string }> = [];

async function readAll(request: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of request) body += chunk;
  return body;
}

beforeAll(async () => {
  server = createServer(async (request, response) => {
    const body = await readAll(request);
    const path = request.url ?? '/';
    seen.push({
      method: request.method ?? '',
      url: path,
      host: request.headers.host ?? '',
      authorization: request.headers.authorization,
      body,
    });
    const query = new URL(path, 'http://x').searchParams;
    if (path.startsWith('/redirect')) {
      response.writeHead(Number(query.get('status') ?? 302), { location: query.get('to') ?? '/' }).end();
    } else if (path.startsWith('/loop')) {
      response.writeHead(302, { location: `/loop?n=${Number(query.get('n') ?? 0) + 1}` }).end();
    } else if (path.startsWith('/big')) {
      response.writeHead(200, { 'content-type': 'text/plain' }).end('x'.repeat(10_000));
    } else if (path.startsWith('/gzip')) {
      response
        .writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'content-encoding': 'gzip' })
        .end(gzipSync('compressed käse'));
    } else if (path.startsWith('/hang')) {
      // Never answers.
    } else {
      response
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ method: request.method, path, body }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** A resolver from a fixed table; it fails the test on names outside it. */
function table(entries: Record<string, string[]>): HostResolver & { calls: string[] } {
  const calls: string[] = [];
  const resolve = async (hostname: string) => {
    calls.push(hostname);
    const addresses = entries[hostname];
    if (!addresses) throw new Error(`unexpected lookup of ${hostname}`);
    return addresses.map((address) => ({ address, family: address.includes(':') ? (6 as const) : (4 as const) }));
  };
  return Object.assign(resolve, { calls });
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => expect.fail('expected a refusal'),
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('createSafeFetch refuses what is not the public internet', () => {
  const safeFetch = createSafeFetch({ resolve: table({}) });

  it.each([
    ['http://127.0.0.1/', 'loopback'],
    ['http://[::1]/', 'loopback'],
    ['http://10.1.2.3/', 'private network'],
    ['http://192.168.0.10:8080/', 'private network'],
    ['http://169.254.169.254/latest/meta-data/', 'cloud metadata'],
    ['http://[fd00:ec2::254]/', 'cloud metadata'],
    ['http://100.100.100.200/', 'CGNAT'],
    ['http://0.0.0.0/', 'unspecified'],
    ['http://[::ffff:127.0.0.1]/', 'IPv4-mapped'],
    ['http://2130706433/', 'loopback'],
    ['http://0x7f.1/', 'loopback'],
    ['http://0177.0.0.1/', 'loopback'],
    ['http://0x7f000001/', 'loopback'],
    ['http://127.1/', 'loopback'],
    ['http://metadata.google.internal/computeMetadata/v1/', 'metadata'],
    ['http://localhost/', 'local'],
    ['http://LOCALHOST./', 'local'],
    ['http://admin.localhost/', 'local'],
  ])('refuses %s (%s) without connecting', async (url, reason) => {
    const before = seen.length;
    const error = await refusal(safeFetch({ url }));
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).toContain(reason);
    expect(seen.length).toBe(before);
  });

  it.each(['ftp://example.com/', 'file:///etc/passwd', 'gopher://example.com/', 'http://user:pw@example.com/'])(
    'refuses %s',
    async (url) => {
      expect((await refusal(safeFetch({ url }))).code).toBe('FORBIDDEN');
    },
  );

  it('refuses a host name that resolves to a private address', async () => {
    const resolve = table({ 'intranet.example': ['10.0.0.5'] });
    const error = await refusal(createSafeFetch({ resolve })({ url: 'http://intranet.example/' }));
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).toContain('resolves to 10.0.0.5');
    expect(resolve.calls).toEqual(['intranet.example']);
  });

  it('refuses a host name when any of its addresses is private, even after a public one', async () => {
    const resolve = table({ 'mixed.example': ['93.184.215.14', '127.0.0.1'] });
    const error = await refusal(createSafeFetch({ resolve })({ url: 'http://mixed.example/' }));
    expect(error.message).toContain('127.0.0.1');
  });

  it('says VALIDATION_FAILED for text that is no URL', async () => {
    expect((await refusal(safeFetch({ url: 'not a url' }))).code).toBe('VALIDATION_FAILED');
  });
});

describe('createSafeFetch with an allowlisted local server', () => {
  it('fetches from an allowlisted address', async () => {
    const safeFetch = createSafeFetch({ allowHosts: ['127.0.0.1'], resolve: table({}) });
    const response = await safeFetch({ url: `http://127.0.0.1:${port}/hello?x=1` });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ method: 'GET', path: '/hello?x=1', body: '' });
    expect(response.truncated).toBe(false);
  });

  it('sends POST bodies', async () => {
    const safeFetch = createSafeFetch({ allowHosts: ['127.0.0.1'] });
    const response = await safeFetch({ url: `http://127.0.0.1:${port}/post`, method: 'POST', body: '{"a":1}' });
    expect(JSON.parse(response.body)).toMatchObject({ method: 'POST', body: '{"a":1}' });
  });

  it('connects to the checked address, resolving once, while the Host header keeps the name', async () => {
    const resolve = table({ 'app.example': ['127.0.0.1'] });
    const safeFetch = createSafeFetch({ allowHosts: ['APP.example'], resolve });
    const response = await safeFetch({ url: `http://app.example:${port}/named` });
    expect(response.status).toBe(200);
    expect(resolve.calls).toEqual(['app.example']);
    expect(seen.at(-1)?.host).toBe(`app.example:${port}`);
  });

  it('refuses a redirect to a private address', async () => {
    const safeFetch = createSafeFetch({ allowHosts: ['127.0.0.1'] });
    for (const to of ['http://10.0.0.1/', 'http://169.254.169.254/latest/meta-data/', 'http://[::1]/']) {
      const error = await refusal(safeFetch({ url: `http://127.0.0.1:${port}/redirect?to=${encodeURIComponent(to)}` }));
      expect(error.code, to).toBe('FORBIDDEN');
    }
  });

  it('checks every hop: an allowlisted name may not redirect to a private address that is not', async () => {
    const resolve = table({ 'app.example': ['127.0.0.1'] });
    const safeFetch = createSafeFetch({ allowHosts: ['app.example'], resolve });
    const to = `http://127.0.0.1:${port}/secret`;
    const before = seen.length;
    const error = await refusal(safeFetch({ url: `http://app.example:${port}/redirect?to=${encodeURIComponent(to)}` }));
    expect(error.code).toBe('FORBIDDEN');
    expect(seen.slice(before).map((request) => request.url)).toEqual([`/redirect?to=${encodeURIComponent(to)}`]);
  });

  it('follows at most five redirects', async () => {
    const safeFetch = createSafeFetch({ allowHosts: ['127.0.0.1'] });
    const before = seen.length;
    const error = await refusal(safeFetch({ url: `http://127.0.0.1:${port}/loop` }));
    expect(error.code).toBe('UPSTREAM_FAILED');
    expect(error.message).toContain('redirects');
    expect(seen.length - before).toBe(6);

    const ok = await safeFetch({ url: `http://127.0.0.1:${port}/redirect?to=/final` });
    expect(ok.redirects).toBe(1);
    expect(ok.url).toBe(`http://127.0.0.1:${port}/final`);
  });

  it('turns POST into GET on 303, and drops credentials when a redirect leaves the origin', async () => {
    const resolve = table({ 'other.example': ['127.0.0.1'] });
    const safeFetch = createSafeFetch({ allowHosts: ['127.0.0.1', 'other.example'], resolve });
    const to = `http://other.example:${port}/landed`;
    const response = await safeFetch({
      url: `http://127.0.0.1:${port}/redirect?status=303&to=${encodeURIComponent(to)}`,
      method: 'POST',
      body: 'secret-body',
      headers: { Authorization: 'Bearer t0ken' },
    });
    expect(JSON.parse(response.body)).toEqual({ method: 'GET', path: '/landed', body: '' });
    const [first, second] = seen.slice(-2);
    expect(first?.authorization).toBe('Bearer t0ken');
    expect(second?.authorization).toBeUndefined();
  });

  it('cuts the body at maxBytes and decodes gzip', async () => {
    const safeFetch = createSafeFetch({ allowHosts: ['127.0.0.1'], maxBytes: 1_000 });
    const big = await safeFetch({ url: `http://127.0.0.1:${port}/big` });
    expect(big.body).toHaveLength(1_000);
    expect(big.truncated).toBe(true);
    const gzip = await safeFetch({ url: `http://127.0.0.1:${port}/gzip` });
    expect(gzip.body).toBe('compressed käse');
  });

  it('gives up after the timeout', async () => {
    const safeFetch = createSafeFetch({ allowHosts: ['127.0.0.1'], timeoutMs: 150 });
    const error = await refusal(safeFetch({ url: `http://127.0.0.1:${port}/hang` }));
    expect(error.code).toBe('UPSTREAM_TIMEOUT');
  });

  it('stops with the caller’s abort reason', async () => {
    const controller = new AbortController();
    const reason = new Error('client gone');
    setTimeout(() => controller.abort(reason), 50);
    const safeFetch = createSafeFetch({ allowHosts: ['127.0.0.1'] });
    await expect(safeFetch({ url: `http://127.0.0.1:${port}/hang`, signal: controller.signal })).rejects.toBe(reason);
  });
});
