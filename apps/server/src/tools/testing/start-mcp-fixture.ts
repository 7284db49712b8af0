import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { createFixtureMcpServer } from './fixture-mcp-server.js';

/** A running fixture MCP server. */
export interface McpFixture {
  /** The Streamable HTTP endpoint, on 127.0.0.1. */
  url: string;
  /** The header every request must carry (`x-fixture-key`); anything else is answered 401. */
  key: string;
  /** How many HTTP requests it answered. */
  requests(): number;
  stop(): Promise<void>;
}

/**
 * Starts an MCP server over Streamable HTTP in this process (stateless: a fresh server per request) with the
 * fixture's tools (see `createFixtureMcpServer`), behind a header key.
 *
 * @example
 * const fixture = await startMcpFixture()
 * await connectMcpServer({ transport: { type: 'http', url: fixture.url, headers: { 'x-fixture-key': fixture.key } } })
 * await fixture.stop()
 */
export async function startMcpFixture({ key = 'fixture-key-1' }: { key?: string } = {}): Promise<McpFixture> {
  let requests = 0;
  const http = createServer(async (request, response) => {
    requests += 1;
    if (request.headers['x-fixture-key'] !== key) {
      response.writeHead(401).end();
      return;
    }
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
    const mcp = createFixtureMcpServer();
    response.on('close', () => {
      void transport.close();
      void mcp.close();
    });
    await mcp.connect(transport);
    await transport.handleRequest(request, response);
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(http.address() as AddressInfo).port}/mcp`,
    key,
    requests: () => requests,
    stop: async () => {
      http.closeAllConnections();
      await new Promise((resolve) => http.close(resolve));
    },
  };
}
