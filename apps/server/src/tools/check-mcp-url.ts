import { checkTarget, type HostResolver, normalizeHost, resolveWithSystem } from '@sigmacode/engine';

/** Where HTTP MCP servers may live: public addresses, plus the hosts the operator allowed. */
export interface McpNetworkPolicy {
  /** Host names or IPs that may be private or loopback (exact, case-insensitive), e.g. an intranet MCP server. */
  allowHosts?: readonly string[];
  /** Resolves host names (default: the system resolver); tests point names anywhere. */
  resolve?: HostResolver;
}

/**
 * Checks an MCP server URL with the engine's SSRF rules (`checkTarget`): http or https, no credentials in the URL,
 * no local or cloud-metadata host name, and every address the host resolves to public — unless the host is in
 * `allowHosts`. Refusals are FORBIDDEN; a name that does not resolve is UPSTREAM_FAILED.
 *
 * Known gap: the MCP SDK's transport resolves the name again when it connects and follows redirects with the
 * global fetch, so DNS rebinding or a redirect to a private address is not caught here (the engine's
 * `connectMcpServer` takes no pinned fetch).
 *
 * @example await checkMcpUrl({ url: 'https://mcp.example.com/mcp', policy: { allowHosts: ['mcp.intranet'] } })
 */
export async function checkMcpUrl({ url, policy = {} }: { url: string; policy?: McpNetworkPolicy }): Promise<void> {
  await checkTarget({
    url: new URL(url),
    allowHosts: new Set((policy.allowHosts ?? []).map(normalizeHost)),
    resolve: policy.resolve ?? resolveWithSystem,
  });
}
