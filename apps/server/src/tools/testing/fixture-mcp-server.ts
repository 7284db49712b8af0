import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';

/**
 * The MCP server of the tool tests: `divide` (division by zero is a tool error), `text.upper` (a name that is not a
 * safe function name) and `env_token` (answers the FIXTURE_TOKEN environment variable, to prove a stdio server's
 * sealed environment reaches it).
 *
 * @example await createFixtureMcpServer().connect(new StdioServerTransport())
 */
export function createFixtureMcpServer(): McpServer {
  const server = new McpServer({ name: 'server-fixture', version: '1.0.0' });
  server.registerTool(
    'divide',
    { description: 'Divides a by b', inputSchema: { a: z.number(), b: z.number() } },
    async ({ a, b }) =>
      b === 0
        ? { isError: true, content: [{ type: 'text', text: 'division by zero' }] }
        : { content: [{ type: 'text', text: String(a / b) }] },
  );
  server.registerTool(
    'text.upper',
    { title: 'Upper case', description: 'Upper-cases a text', inputSchema: { text: z.string() } },
    async ({ text }) => ({ content: [{ type: 'text', text: text.toUpperCase() }] }),
  );
  server.registerTool('env_token', { description: 'The FIXTURE_TOKEN variable', inputSchema: {} }, async () => ({
    content: [{ type: 'text', text: process.env.FIXTURE_TOKEN ?? '' }],
  }));
  return server;
}
