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
 * This check gives a clear error before connecting; the connection itself goes through createPinnedFetch, which checks
 * every request again and connects to the checked address (no DNS rebinding, no redirect to a private address).
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
