/*
 * A tiny MCP server for the engine's tests, spoken to over stdio: one tool, `divide`, which reports division by
 * zero as a tool error. Run with `node --import tsx packages/engine/src/mcp/testing/divide-mcp-server.ts`.
 */
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { z } from 'zod';

/**
 * The fixture server, also used in-process by the HTTP transport test.
 *
 * @example
 * await createDivideServer().connect(new StdioServerTransport())
 */
export function createDivideServer(): McpServer {
  const server = new McpServer({ name: 'divide-fixture', version: '1.2.3' });
  server.registerTool(
    'divide',
    {
      description: 'Divides a by b',
      inputSchema: { a: z.number().describe('dividend'), b: z.number().describe('divisor') },
    },
    async ({ a, b }) =>
      b === 0
        ? { isError: true, content: [{ type: 'text', text: 'division by zero' }] }
        : { content: [{ type: 'text', text: String(a / b) }] },
  );
  return server;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'))) {
  await createDivideServer().connect(new StdioServerTransport());
}
