import { z } from '@hono/zod-openapi';

/** MCP server names follow provider names: they appear in tool ids (`mcp:<name>/<tool>`) and model-facing names. */
export const McpServerNameSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, { message: 'lowercase letters, digits and hyphens, up to 40' })
  .openapi({ example: 'github' });

/** Headers the HTTP transport manages itself, or that would confuse the connection. */
const MANAGED_HEADERS = new Set([
  'host',
  'connection',
  'content-length',
  'content-type',
  'accept',
  'transfer-encoding',
  'keep-alive',
  'upgrade',
  'te',
  'trailer',
  'expect',
  'mcp-session-id',
  'mcp-protocol-version',
]);

const HeaderNameSchema = z
  .string()
  .regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,100}$/, { message: 'must be an HTTP header name' })
  .refine((name) => !MANAGED_HEADERS.has(name.toLowerCase()), { message: 'is set by the transport itself' });
const EnvNameSchema = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]{0,99}$/, { message: 'must be an environment variable name' });

const fewEntries = (most: number) => (record: Record<string, string>) => Object.keys(record).length <= most;

/** The HTTP transport as a caller sends it; header values are secrets (sealed at rest, never returned). */
export const McpHttpTransportInputSchema = z
  .object({
    type: z.literal('http'),
    url: z
      .url({ protocol: /^https?$/, message: 'must be an http or https URL' })
      .max(2_000)
      .openapi({ example: 'https://mcp.example.com/mcp' }),
    headers: z
      .record(HeaderNameSchema, z.string().max(8_192))
      .refine(fewEntries(32), { message: 'at most 32 headers' })
      .optional()
      .openapi({ example: { Authorization: 'Bearer …' } }),
  })
  .strict();

/** The stdio transport (platform operators only); environment values are secrets (sealed, never returned). */
export const McpStdioTransportInputSchema = z
  .object({
    type: z.literal('stdio'),
    command: z.string().min(1).max(1_000).openapi({ example: 'npx' }),
    args: z.array(z.string().max(4_000)).max(100).optional(),
    env: z
      .record(EnvNameSchema, z.string().max(32_768))
      .refine(fewEntries(64), { message: 'at most 64 variables' })
      .optional(),
    cwd: z.string().min(1).max(1_000).optional(),
  })
  .strict();

export const McpTransportInputSchema = z
  .discriminatedUnion('type', [McpHttpTransportInputSchema, McpStdioTransportInputSchema])
  .openapi('McpTransportInput');
export type McpTransportInput = z.infer<typeof McpTransportInputSchema>;

export const PutMcpServerBodySchema = z
  .object({ transport: McpTransportInputSchema })
  .strict()
  .openapi('PutMcpServerBody');

/** What is stored in `mcp_servers.transport` and shown: everything but the secret values. */
export const StoredMcpTransportSchema = z
  .discriminatedUnion('type', [
    z.object({
      type: z.literal('http'),
      url: z.string(),
      headerNames: z.array(z.string()).openapi({ description: 'Names of the stored headers; values never leave.' }),
    }),
    z.object({
      type: z.literal('stdio'),
      command: z.string(),
      args: z.array(z.string()),
      envNames: z.array(z.string()).openapi({ description: 'Names of the stored variables; values never leave.' }),
      cwd: z.string().optional(),
    }),
  ])
  .openapi('McpTransport');
export type StoredMcpTransport = z.infer<typeof StoredMcpTransportSchema>;

export const McpServerSchema = z
  .object({
    id: z.string(),
    name: McpServerNameSchema,
    transport: StoredMcpTransportSchema,
    createdAt: z.iso.datetime(),
  })
  .openapi('McpServer');
export type McpServerBody = z.infer<typeof McpServerSchema>;

export const McpServerListSchema = z.object({ data: z.array(McpServerSchema) }).openapi('McpServerList');

export const ToolInfoSchema = z
  .object({
    id: z.string().openapi({ description: 'How apps reference it: a built-in name or `mcp:<server>/<tool>`.' }),
    name: z.string(),
    title: z.string().optional(),
    description: z.string().optional(),
    inputSchema: z.record(z.string(), z.unknown()).openapi({ description: 'The JSON schema of its input.' }),
  })
  .openapi('ToolInfo');
export type ToolInfo = z.infer<typeof ToolInfoSchema>;

export const McpServerToolsSchema = z
  .object({
    server: McpServerNameSchema,
    type: z.enum(['http', 'stdio']),
    allToolsId: z.string().openapi({ description: 'The id that selects all its tools: `mcp:<server>/*`.' }),
    tools: z.array(ToolInfoSchema).optional(),
    error: z
      .object({ code: z.string(), message: z.string() })
      .optional()
      .openapi({ description: 'Set instead of `tools` when the server could not be reached in time.' }),
  })
  .openapi('McpServerTools');
export type McpServerTools = z.infer<typeof McpServerToolsSchema>;

export const ToolCatalogSchema = z
  .object({ builtin: z.array(ToolInfoSchema), mcp: z.array(McpServerToolsSchema) })
  .openapi('ToolCatalog');
export type ToolCatalog = z.infer<typeof ToolCatalogSchema>;
