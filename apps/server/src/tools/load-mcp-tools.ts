import { AppError } from '@sigmacode/core';
import type { Db } from '@sigmacode/db';
import type { McpConnection, SecretBox } from '@sigmacode/engine';
import type { ToolSet } from 'ai';
import type { McpNetworkPolicy } from './check-mcp-url.js';
import { connectOpenedMcpServer } from './connect-opened-mcp-server.js';
import { modelToolName } from './model-tool-name.js';
import { openMcpServers } from './open-mcp-servers.js';

/** MCP tools ready for the agent loop. */
export interface LoadedMcpTools {
  /** AI SDK tools under provider-safe names (`<server>__<tool>`, see `modelToolName`). */
  tools: ToolSet;
  /** The tool id each name stands for (`github__search` → `mcp:github/search`), e.g. for recording tool calls. */
  refs: Record<string, string>;
  /** Closes every connection (stdio servers: ends their processes). Safe to call more than once. */
  close(): Promise<void>;
}

const MCP_REF = /^mcp:([^/]+)\/(.+)$/;

/** Which tools are wanted per server: all of them (`*`) or these names. */
function groupRefs(refs: readonly string[]): Map<string, Set<string> | '*'> {
  const wanted = new Map<string, Set<string> | '*'>();
  for (const ref of refs) {
    if (!ref.startsWith('mcp:')) continue;
    const match = MCP_REF.exec(ref);
    if (!match?.[1] || !match[2]) {
      throw new AppError('VALIDATION_FAILED', {
        message: `Invalid MCP tool reference "${ref}": use mcp:<server>/<tool> or mcp:<server>/*.`,
        details: { issues: [{ path: 'tools', message: `invalid reference ${ref}` }] },
      });
    }
    const [, server, tool] = match;
    const current = wanted.get(server);
    if (tool === '*' || current === '*') wanted.set(server, '*');
    else wanted.set(server, new Set([...(current ?? []), tool]));
  }
  return wanted;
}

function pick({ server, wanted, available }: { server: string; wanted: Set<string> | '*'; available: ToolSet }): {
  tools: ToolSet;
  refs: Record<string, string>;
} {
  const names = wanted === '*' ? Object.keys(available) : [...wanted];
  const tools: ToolSet = {};
  const refs: Record<string, string> = {};
  for (const tool of names) {
    const found = available[tool];
    if (!found) {
      throw new AppError('NOT_FOUND', {
        message: `The MCP server "${server}" has no tool "${tool}".`,
        details: { tool: `mcp:${server}/${tool}` },
      });
    }
    const name = modelToolName({ server, tool });
    tools[name] = found;
    refs[name] = `mcp:${server}/${tool}`;
  }
  return { tools, refs };
}

/**
 * Connects to the MCP servers that tool references name (`mcp:<server>/<tool>` or `mcp:<server>/*`; other
 * references, such as built-in tool names, are ignored) and returns their tools as AI SDK tools. An unknown server
 * or tool is NOT_FOUND naming it; a server that cannot be reached fails the whole load (with its name) and leaves
 * no connection open. The caller must `close()` when the run is over.
 *
 * @example
 * const mcp = await loadMcpTools({ db, box, organizationId, refs: app.config.tools })
 * try { await runAgent({ model, messages, tools: { ...builtins, ...mcp.tools }, maxSteps }) } finally { await mcp.close() }
 */
export async function loadMcpTools({
  db,
  box,
  organizationId,
  refs,
  policy,
  timeoutMs = 30_000,
}: {
  db: Db;
  box: SecretBox;
  organizationId: string;
  refs: readonly string[];
  policy?: McpNetworkPolicy;
  /** For connecting and for each tool call. */
  timeoutMs?: number;
}): Promise<LoadedMcpTools> {
  const wanted = groupRefs(refs);
  const servers = await openMcpServers({ db, box, organizationId, names: [...wanted.keys()] });
  const missing = [...wanted.keys()].filter((name) => !servers.some((server) => server.name === name));
  if (missing.length > 0) {
    throw new AppError('NOT_FOUND', {
      message: `No MCP server named ${missing.map((name) => `"${name}"`).join(', ')} in this organization.`,
      details: { servers: missing },
    });
  }

  const settled = await Promise.allSettled(
    servers.map((server) => connectOpenedMcpServer({ server, policy, timeoutMs })),
  );
  const connections = settled.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  let closed: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closed ??= Promise.allSettled(connections.map((connection: McpConnection) => connection.close())).then(
      () => undefined,
    );
    return closed;
  };

  try {
    const failed = settled.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
    const loaded: LoadedMcpTools = { tools: {}, refs: {}, close };
    await Promise.all(
      servers.map(async (server, index) => {
        const available = await (connections[index] as McpConnection).tools();
        const picked = pick({ server: server.name, wanted: wanted.get(server.name) ?? '*', available });
        Object.assign(loaded.tools, picked.tools);
        Object.assign(loaded.refs, picked.refs);
      }),
    );
    return loaded;
  } catch (error) {
    await close();
    throw error;
  }
}
