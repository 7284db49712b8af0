import { createServer, type Server, type Socket } from 'node:net';
import type { Database } from '@sigmacode/db';
import { testEngines } from '@sigmacode/db/testing';
import { BUILTIN_TOOL_NAMES, type HostResolver } from '@sigmacode/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asUser, jsonBody, signUp, type TestUser } from '../testing/identity-harness.js';
import { buildToolTestApp } from './testing/build-tool-test-app.js';
import { type McpFixture, startMcpFixture } from './testing/start-mcp-fixture.js';
import { ToolCatalogSchema } from './tool-schemas.js';

const LIST_TIMEOUT_MS = 1_000;

/** A TCP server that accepts connections and never answers. */
async function startSilentServer(): Promise<{ port: number; stop(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    port,
    stop: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe.each(testEngines())('GET /api/tools on $name', (engine) => {
  let database: Database;
  let app: ReturnType<typeof buildToolTestApp>['app'];
  let fixture: McpFixture;
  let silent: Awaited<ReturnType<typeof startSilentServer>>;
  let owner: TestUser;
  let stranger: TestUser;
  // The name first resolves to a public address (registration passes), then to loopback (connection refused).
  let rebindCalls = 0;
  const resolve: HostResolver = async (host) => {
    if (host !== 'rebind.example.com') throw new Error(`ENOTFOUND ${host}`);
    rebindCalls += 1;
    return [{ address: rebindCalls === 1 ? '93.184.216.34' : '127.0.0.2', family: 4 }];
  };

  beforeAll(async () => {
    database = await engine.create();
    fixture = await startMcpFixture();
    silent = await startSilentServer();
    ({ app } = buildToolTestApp({
      database,
      policy: { allowHosts: ['127.0.0.1'], resolve },
      listTimeoutMs: LIST_TIMEOUT_MS,
    }));
    owner = await signUp({ app, email: 'owner@tools.test' });
    stranger = await signUp({ app, email: 'stranger@tools.test' });
    const servers: [string, unknown][] = [
      ['math', { type: 'http', url: fixture.url, headers: { 'x-fixture-key': fixture.key } }],
      ['locked', { type: 'http', url: fixture.url, headers: { 'x-fixture-key': 'wrong-key-secret' } }],
      ['down', { type: 'http', url: `http://127.0.0.1:${await closedPort()}/mcp` }],
      ['silent', { type: 'http', url: `http://127.0.0.1:${silent.port}/mcp` }],
      ['rebind', { type: 'http', url: 'http://rebind.example.com/mcp' }],
    ];
    for (const [name, transport] of servers) {
      const res = await app.request(`/api/mcp-servers/${name}`, jsonBody({ transport }, asUser(owner), 'PUT'));
      expect(res.status, `${name}: ${await res.clone().text()}`).toBe(200);
    }
  });
  afterAll(async () => {
    await fixture?.stop();
    await silent?.stop();
    await database?.close();
  });

  const catalogOf = async (as: TestUser) => {
    const res = await app.request('/api/tools', { headers: asUser(as) });
    expect(res.status).toBe(200);
    const text = await res.text();
    return { text, catalog: ToolCatalogSchema.parse(JSON.parse(text)) };
  };

  it('lists built-in tools and the tools of each MCP server; failing servers carry an error', async () => {
    const started = performance.now();
    const { text, catalog } = await catalogOf(owner);
    const elapsed = performance.now() - started;

    expect(catalog.builtin.map((tool) => tool.id)).toEqual(BUILTIN_TOOL_NAMES);
    const calculator = catalog.builtin.find((tool) => tool.id === 'calculator');
    expect(calculator?.description).toMatch(/arithmetic/);
    expect(calculator?.inputSchema).toMatchObject({ type: 'object', properties: { expression: { type: 'string' } } });

    const byServer = Object.fromEntries(catalog.mcp.map((entry) => [entry.server, entry]));
    expect(Object.keys(byServer)).toEqual(['down', 'locked', 'math', 'rebind', 'silent']);
    expect(byServer.math).toMatchObject({ type: 'http', allToolsId: 'mcp:math/*' });
    expect(byServer.math?.error).toBeUndefined();
    expect(byServer.math?.tools).toEqual([
      expect.objectContaining({
        id: 'mcp:math/divide',
        name: 'divide',
        description: 'Divides a by b',
        inputSchema: expect.objectContaining({ properties: { a: { type: 'number' }, b: { type: 'number' } } }),
      }),
      expect.objectContaining({ id: 'mcp:math/text.upper', name: 'text.upper', title: 'Upper case' }),
      expect.objectContaining({ id: 'mcp:math/env_token', name: 'env_token' }),
    ]);

    expect(byServer.locked?.error).toMatchObject({
      code: 'UPSTREAM_FAILED',
      message: expect.stringMatching(/"locked"/),
    });
    expect(byServer.down?.error?.code).toBe('UPSTREAM_FAILED');
    expect(byServer.silent?.error?.code).toBe('UPSTREAM_TIMEOUT');
    expect(byServer.rebind?.error).toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/127\.0\.0\.2/) });
    for (const failed of ['locked', 'down', 'silent', 'rebind']) expect(byServer[failed]?.tools).toBeUndefined();

    // Servers are contacted in parallel, each within the timeout.
    expect(elapsed).toBeLessThan(LIST_TIMEOUT_MS * 3);
    expect(text).not.toContain('wrong-key-secret');
    expect(text).not.toContain(fixture.key);
  });

  it('reuses a server answer for a while, and asks again once the server is saved again', async () => {
    await catalogOf(owner);
    const before = fixture.requests();
    const { catalog } = await catalogOf(owner);
    expect(catalog.mcp.find((entry) => entry.server === 'math')?.tools).toHaveLength(3);
    expect(fixture.requests()).toBe(before);

    const transport = { type: 'http', url: fixture.url, headers: { 'x-fixture-key': fixture.key } };
    expect((await app.request('/api/mcp-servers/math', jsonBody({ transport }, asUser(owner), 'PUT'))).status).toBe(
      200,
    );
    await catalogOf(owner);
    expect(fixture.requests()).toBeGreaterThan(before);
  });

  it('shows another organization only its own servers and the built-ins', async () => {
    const { catalog } = await catalogOf(stranger);
    expect(catalog.mcp).toEqual([]);
    expect(catalog.builtin.length).toBe(BUILTIN_TOOL_NAMES.length);
    expect((await app.request('/api/tools')).status).toBe(401);
  });
});
