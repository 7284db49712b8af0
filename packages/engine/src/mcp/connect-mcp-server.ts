import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { getDefaultEnvironment, StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { AppError } from '@sigmacode/core';
import { dynamicTool, type JSONSchema7, jsonSchema, type ToolSet } from 'ai';
import { mcpResultToText } from './mcp-result-to-text.js';
import { type McpTransportConfig, McpTransportSchema } from './mcp-transport.js';

/** A tool an MCP server offers. */
export interface McpToolInfo {
  name: string;
  title?: string;
  description?: string;
  inputSchema: Record<string, unknown>;
}

/** A connected MCP server. */
export interface McpConnection {
  /** The server's self-description from the handshake. */
  server: { name: string; version: string } | undefined;
  /** Every tool the server offers (all pages). */
  listTools(): Promise<McpToolInfo[]>;
  /**
   * The server's tools as AI SDK tools: JSON schema inputs, results as text. `prefix` is put before each name
   * (to keep tools of several servers apart). A result the server marks as an error is thrown as UPSTREAM_FAILED,
   * so the model sees a tool error.
   */
  tools(options?: { prefix?: string }): Promise<ToolSet>;
  close(): Promise<void>;
}

/** What `connectMcpServer` takes. */
export interface ConnectMcpServerOptions {
  transport: McpTransportConfig;
  /** For the handshake and each request (default 30 s). */
  timeoutMs?: number;
  /** The HTTP transport's fetch: pass createPinnedFetch(...) so every request is SSRF-checked and pinned. */
  fetch?: (url: string | URL, init?: RequestInit) => Promise<Response>;
}

const MAX_TOOL_PAGES = 50;
const STDERR_TAIL = 2_000;

/**
 * Connects to an MCP server with the SDK's Client, over stdio (spawning the command) or Streamable HTTP. A failed
 * connection is UPSTREAM_FAILED (with the tail of a stdio server's stderr in `details.stderr`) and leaves no
 * process behind. Call `close()` when done.
 *
 * @example
 * const mcp = await connectMcpServer({ transport: { type: 'stdio', command: 'npx', args: ['-y', 'some-mcp-server'] } })
 * const run = runAgent({ model, messages, tools: { ...builtins, ...(await mcp.tools({ prefix: 'files_' })) }, maxSteps: 5 })
 * await mcp.close()
 */
export async function connectMcpServer({
  transport,
  timeoutMs = 30_000,
  fetch,
}: ConnectMcpServerOptions): Promise<McpConnection> {
  const parsed = McpTransportSchema.safeParse(transport);
  if (!parsed.success) {
    throw new AppError('VALIDATION_FAILED', {
      message: 'Invalid MCP transport.',
      details: { issues: parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })) },
    });
  }
  const config = parsed.data;
  let stderr = '';
  let channel: Transport;
  if (config.type === 'stdio') {
    const stdio = new StdioClientTransport({
      command: config.command,
      args: config.args,
      env: { ...getDefaultEnvironment(), ...config.env },
      cwd: config.cwd,
      stderr: 'pipe',
    });
    stdio.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-STDERR_TAIL);
    });
    channel = stdio;
  } else {
    channel = new StreamableHTTPClientTransport(new URL(config.url), {
      requestInit: { headers: config.headers },
      ...(fetch ? { fetch } : {}),
    });
  }

  const client = new Client({ name: 'sigmacode-engine', version: '0.1.0' });
  try {
    await client.connect(channel, { timeout: timeoutMs });
  } catch (error) {
    await client.close().catch(() => undefined);
    throw new AppError('UPSTREAM_FAILED', {
      message: `Could not connect to the MCP server: ${error instanceof Error ? error.message : String(error)}`,
      details: { transport: config.type, ...(stderr ? { stderr } : {}) },
      cause: error,
    });
  }

  const listTools = async (): Promise<McpToolInfo[]> => {
    const tools: McpToolInfo[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < MAX_TOOL_PAGES; page += 1) {
      const result = await client.listTools(cursor ? { cursor } : undefined, { timeout: timeoutMs });
      for (const tool of result.tools) {
        tools.push({
          name: tool.name,
          title: tool.title,
          description: tool.description,
          inputSchema: tool.inputSchema as Record<string, unknown>,
        });
      }
      cursor = result.nextCursor;
      if (!cursor) break;
    }
    return tools;
  };

  return {
    server: client.getServerVersion(),
    listTools,
    async tools({ prefix = '' } = {}) {
      const set: ToolSet = {};
      for (const info of await listTools()) {
        set[`${prefix}${info.name}`] = dynamicTool({
          description: info.description ?? info.title,
          inputSchema: jsonSchema(info.inputSchema as JSONSchema7),
          execute: async (input, { abortSignal }) => {
            const result = await client.callTool(
              { name: info.name, arguments: (input ?? {}) as Record<string, unknown> },
              undefined,
              { signal: abortSignal, timeout: timeoutMs },
            );
            const text = mcpResultToText(result);
            if (result.isError === true) {
              throw new AppError('UPSTREAM_FAILED', {
                message: text || `The MCP tool ${info.name} failed.`,
                details: { tool: info.name },
              });
            }
            return text;
          },
        });
      }
      return set;
    },
    close: () => client.close(),
  };
}
