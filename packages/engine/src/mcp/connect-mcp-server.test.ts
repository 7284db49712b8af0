import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAgent } from '../agent/run-agent.js';
import { createEchoModel } from '../echo/create-echo-model.js';
import { connectMcpServer, type McpConnection } from './connect-mcp-server.js';
import { createDivideServer } from './testing/divide-mcp-server.js';

const fixture = fileURLToPath(new URL('./testing/divide-mcp-server.ts', import.meta.url));
const engineDir = fileURLToPath(new URL('../..', import.meta.url));

async function callTool(connection: McpConnection, name: string, input: unknown): Promise<unknown> {
  const execute = (await connection.tools())[name]?.execute;
  if (!execute) throw new Error(`no tool ${name}`);
  return execute(input as never, { toolCallId: 'c1', messages: [] });
}

describe('connectMcpServer over stdio', () => {
  let mcp: McpConnection;

  beforeAll(async () => {
    mcp = await connectMcpServer({
      transport: { type: 'stdio', command: process.execPath, args: ['--import', 'tsx', fixture], cwd: engineDir },
    });
  });

  afterAll(async () => {
    await mcp?.close();
  });

  it('lists the server and its tools with their JSON schemas', async () => {
    expect(mcp.server).toMatchObject({ name: 'divide-fixture', version: '1.2.3' });
    const tools = await mcp.listTools();
    expect(tools).toHaveLength(1);
    expect(tools[0]).toMatchObject({
      name: 'divide',
      description: 'Divides a by b',
      inputSchema: { type: 'object', properties: { a: { type: 'number' }, b: { type: 'number' } } },
    });
  });

  it('turns MCP tools into AI SDK tools that call the server', async () => {
    const tools = await mcp.tools({ prefix: 'math_' });
    expect(Object.keys(tools)).toEqual(['math_divide']);
    expect(await callTool(mcp, 'divide', { a: 84, b: 2 })).toBe('42');
    await expect(callTool(mcp, 'divide', { a: 1, b: 0 })).rejects.toMatchObject({
      code: 'UPSTREAM_FAILED',
      message: 'division by zero',
    });
  });

  it('serves the agent loop', async () => {
    const run = runAgent({
      model: createEchoModel(),
      messages: [{ role: 'user', content: '/tool divide {"a":9,"b":3}' }],
      tools: await mcp.tools(),
      maxSteps: 3,
    });
    expect(await run.text).toBe('Tool divide returned: 3');
  });
});

describe('connectMcpServer over Streamable HTTP', () => {
  let server: Server;
  let url: string;

  beforeAll(async () => {
    // Stateless: a fresh MCP server and transport per request, as the SDK recommends for that mode.
    server = createServer(async (request, response) => {
      if (request.headers['x-fixture-key'] !== 'k1') {
        response.writeHead(401).end();
        return;
      }
      const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
      const mcp = createDivideServer();
      response.on('close', () => {
        void transport.close();
        void mcp.close();
      });
      await mcp.connect(transport);
      await transport.handleRequest(request, response);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/mcp`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('connects with the configured headers and calls tools', async () => {
    const mcp = await connectMcpServer({ transport: { type: 'http', url, headers: { 'x-fixture-key': 'k1' } } });
    try {
      expect((await mcp.listTools()).map((tool) => tool.name)).toEqual(['divide']);
      expect(await callTool(mcp, 'divide', { a: 1, b: 4 })).toBe('0.25');
    } finally {
      await mcp.close();
    }
  });

  it('reports a refused connection as UPSTREAM_FAILED', async () => {
    await expect(connectMcpServer({ transport: { type: 'http', url } })).rejects.toMatchObject({
      code: 'UPSTREAM_FAILED',
    });
  });
});

describe('connectMcpServer configuration', () => {
  it('refuses an invalid transport and a command that does not start', async () => {
    await expect(connectMcpServer({ transport: { type: 'http', url: 'ftp://x' } as never })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    await expect(
      connectMcpServer({ transport: { type: 'stdio', command: '/nonexistent/mcp-server' }, timeoutMs: 5_000 }),
    ).rejects.toMatchObject({ code: 'UPSTREAM_FAILED' });
  });
});
