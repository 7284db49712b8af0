import { AppError, isAppError } from '@sigmacode/core';
import { connectMcpServer, createPinnedFetch, type McpConnection } from '@sigmacode/engine';
import { checkMcpUrl, type McpNetworkPolicy } from './check-mcp-url.js';
import type { OpenedMcpServer } from './open-mcp-servers.js';

/**
 * Connects to a stored MCP server. An HTTP URL is checked again first (its name may resolve elsewhere by now).
 * Failures keep their code (FORBIDDEN, UPSTREAM_FAILED, …) with the server's name in the message; their details
 * are reduced to the server name, so a stdio server's stderr never reaches a caller.
 *
 * @example const mcp = await connectOpenedMcpServer({ server, policy, timeoutMs: 5_000 })
 */
export async function connectOpenedMcpServer({
  server,
  policy,
  timeoutMs,
}: {
  server: OpenedMcpServer;
  policy?: McpNetworkPolicy;
  timeoutMs: number;
}): Promise<McpConnection> {
  try {
    if (server.transport.type === 'http') await checkMcpUrl({ url: server.transport.url, policy });
    // Every request of the transport is checked and pinned to the checked address (no DNS rebinding, no redirects).
    const fetch = createPinnedFetch({
      allowHosts: policy?.allowHosts ?? [],
      ...(policy?.resolve ? { resolve: policy.resolve } : {}),
    });
    return await connectMcpServer({ transport: server.transport, timeoutMs, fetch });
  } catch (error) {
    throw new AppError(isAppError(error) ? error.code : 'UPSTREAM_FAILED', {
      message: `MCP server "${server.name}": ${error instanceof Error ? error.message : String(error)}`,
      details: { server: server.name },
      cause: error,
    });
  }
}
