import { AppError, isAppError } from '@sigmacode/core';
import type { Db } from '@sigmacode/db';
import { BUILTIN_TOOLS, createBuiltinTools, type SecretBox } from '@sigmacode/engine';
import { asSchema } from 'ai';
import type { McpNetworkPolicy } from './check-mcp-url.js';
import { connectOpenedMcpServer } from './connect-opened-mcp-server.js';
import { type OpenedMcpServer, openMcpServers } from './open-mcp-servers.js';
import type { McpServerTools, ToolCatalog, ToolInfo } from './tool-schemas.js';

/** How long one server may take to connect and list its tools. */
export const LIST_TOOLS_TIMEOUT_MS = 5_000;
/** A server's answer is reused this long, so listing tools cannot make the platform hammer (or spawn) servers. */
const CACHE_OK_MS = 30_000;
const CACHE_ERROR_MS = 5_000;
const MAX_ERROR_MESSAGE = 500;

const cache = new Map<string, { at: number; ttl: number; value: Promise<McpServerTools> }>();
let builtins: Promise<ToolInfo[]> | undefined;

/** The built-in tools as listed: name, description and the JSON schema of the input (computed once). */
function builtinToolInfos(): Promise<ToolInfo[]> {
  builtins ??= (async () => {
    const set = createBuiltinTools();
    return Promise.all(
      BUILTIN_TOOLS.map(async ({ name }) => {
        const tool = set[name];
        if (!tool) throw new AppError('INTERNAL', { message: `The built-in tool ${name} is missing.` });
        const inputSchema = (await asSchema(tool.inputSchema).jsonSchema) as Record<string, unknown>;
        return { id: name, name, ...(tool.description ? { description: tool.description } : {}), inputSchema };
      }),
    );
  })();
  return builtins;
}

function withDeadline<T>({ work, ms, name }: { work: Promise<T>; ms: number; name: string }): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new AppError('UPSTREAM_TIMEOUT', { message: `MCP server "${name}" did not list its tools within ${ms} ms.` }),
        ),
      ms,
    );
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

async function describeServer({
  server,
  policy,
  timeoutMs,
}: {
  server: OpenedMcpServer;
  policy?: McpNetworkPolicy;
  timeoutMs: number;
}): Promise<McpServerTools> {
  const base = { server: server.name, type: server.transport.type, allToolsId: `mcp:${server.name}/*` };
  // The work closes its own connection, also when the deadline has already answered for it.
  const work = (async () => {
    const connection = await connectOpenedMcpServer({ server, policy, timeoutMs });
    try {
      return await connection.listTools();
    } finally {
      await connection.close().catch(() => undefined);
    }
  })();
  try {
    const tools = await withDeadline({ work, ms: timeoutMs, name: server.name });
    return {
      ...base,
      tools: tools.map((tool) => ({
        id: `mcp:${server.name}/${tool.name}`,
        name: tool.name,
        ...(tool.title ? { title: tool.title } : {}),
        ...(tool.description ? { description: tool.description } : {}),
        inputSchema: tool.inputSchema,
      })),
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ...base,
      error: {
        code: isAppError(error) ? error.code : 'UPSTREAM_FAILED',
        message: message.length > MAX_ERROR_MESSAGE ? `${message.slice(0, MAX_ERROR_MESSAGE)}…` : message,
      },
    };
  }
}

function cachedDescribe(options: {
  server: OpenedMcpServer;
  policy?: McpNetworkPolicy;
  timeoutMs: number;
  now: number;
}): Promise<McpServerTools> {
  const hit = cache.get(options.server.fingerprint);
  if (hit && options.now - hit.at < hit.ttl) return hit.value;
  const value = describeServer(options);
  if (cache.size > 1_000) cache.clear();
  const entry = { at: options.now, ttl: CACHE_OK_MS, value };
  cache.set(options.server.fingerprint, entry);
  void value.then((result) => {
    if (result.error) entry.ttl = CACHE_ERROR_MS;
  });
  return value;
}

/**
 * Every tool an organization's apps can use: the built-in tools, and for each of its MCP servers (contacted in
 * parallel, each within `timeoutMs`) the tools it offers — or an `error` for a server that failed; one failing
 * server never fails the list. Tool ids are what apps reference: built-ins by name, MCP tools as
 * `mcp:<server>/<tool>`. A server's answer is cached for 30 s (an error for 5 s) until it is saved again.
 *
 * @example
 * const { builtin, mcp } = await listTools({ db, box, organizationId })
 * mcp[0]?.tools?.[0]?.id // 'mcp:github/search_issues'
 */
export async function listTools({
  db,
  box,
  organizationId,
  policy,
  timeoutMs = LIST_TOOLS_TIMEOUT_MS,
  now = Date.now(),
}: {
  db: Db;
  box: SecretBox;
  organizationId: string;
  policy?: McpNetworkPolicy;
  timeoutMs?: number;
  now?: number;
}): Promise<ToolCatalog> {
  const [builtin, servers] = await Promise.all([builtinToolInfos(), openMcpServers({ db, box, organizationId })]);
  const mcp = await Promise.all(servers.map((server) => cachedDescribe({ server, policy, timeoutMs, now })));
  return { builtin, mcp };
}
