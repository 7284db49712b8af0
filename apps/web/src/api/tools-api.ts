import { queryOptions } from '@tanstack/react-query';
import { fetchJson } from './fetch-json';
import { sendJson, sendNoContent } from './send-json';
import {
  type McpServer,
  McpServerListSchema,
  McpServerSchema,
  type McpTransportInput,
  ToolCatalogSchema,
} from './tools-schemas';

export const TOOLS_QUERY_KEY = ['tools'] as const;
export const MCP_SERVERS_QUERY_KEY = ['mcp-servers'] as const;

/**
 * `GET /api/tools`: built-in tools and the tools of every MCP server (a server that cannot be reached is listed with
 * its error). The server asks each MCP server, so this can take a few seconds.
 */
export function toolCatalogQueryOptions() {
  return queryOptions({
    queryKey: TOOLS_QUERY_KEY,
    queryFn: ({ signal }) => fetchJson({ path: '/api/tools', schema: ToolCatalogSchema, init: { signal } }),
    staleTime: 30_000,
  });
}

/** `GET /api/mcp-servers`: the organization's MCP servers (names of headers and variables, never their values). */
export function mcpServersQueryOptions() {
  return queryOptions({
    queryKey: MCP_SERVERS_QUERY_KEY,
    queryFn: ({ signal }) => fetchJson({ path: '/api/mcp-servers', schema: McpServerListSchema, init: { signal } }),
  });
}

/**
 * `PUT /api/mcp-servers/{name}`: registers (or replaces) an MCP server. stdio servers are for platform operators.
 *
 * @example
 * await putMcpServer({ name: 'github', transport: { type: 'http', url: 'https://mcp.example.com/mcp' } });
 */
export function putMcpServer({ name, transport }: { name: string; transport: McpTransportInput }): Promise<McpServer> {
  return sendJson({
    method: 'PUT',
    path: `/api/mcp-servers/${encodeURIComponent(name)}`,
    body: { transport },
    schema: McpServerSchema,
  });
}

/**
 * `DELETE /api/mcp-servers/{name}`: removes an MCP server; agents that list its tools no longer get them.
 *
 * @example
 * await deleteMcpServer({ name: 'github' });
 */
export function deleteMcpServer({ name }: { name: string }): Promise<void> {
  return sendNoContent({ method: 'DELETE', path: `/api/mcp-servers/${encodeURIComponent(name)}` });
}
