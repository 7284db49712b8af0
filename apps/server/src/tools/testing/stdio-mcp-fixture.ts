/*
 * The fixture MCP server over stdio, for the operator-registered stdio server test. Run with
 * `node --import tsx apps/server/src/tools/testing/stdio-mcp-fixture.ts`.
 */
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { createFixtureMcpServer } from './fixture-mcp-server.js';

await createFixtureMcpServer().connect(new StdioServerTransport());
