import { z } from 'zod';

// Response shapes of the tool and MCP server routes (checked against /api/openapi.json).

export const ToolInfoSchema = z.object({
  id: z.string(),
  name: z.string(),
  title: z.string().optional(),
  description: z.string().optional(),
  inputSchema: z.record(z.string(), z.unknown()),
});
export type ToolInfo = z.infer<typeof ToolInfoSchema>;

export const McpServerToolsSchema = z.object({
  server: z.string(),
  type: z.enum(['http', 'stdio']),
  allToolsId: z.string(),
  tools: z.array(ToolInfoSchema).optional(),
  error: z.object({ code: z.string(), message: z.string() }).optional(),
});
export type McpServerTools = z.infer<typeof McpServerToolsSchema>;

export const ToolCatalogSchema = z.object({ builtin: z.array(ToolInfoSchema), mcp: z.array(McpServerToolsSchema) });
export type ToolCatalog = z.infer<typeof ToolCatalogSchema>;

export const McpServerSchema = z.object({
  id: z.string(),
  name: z.string(),
  transport: z.discriminatedUnion('type', [
    z.object({ type: z.literal('http'), url: z.string(), headerNames: z.array(z.string()) }),
    z.object({
      type: z.literal('stdio'),
      command: z.string(),
      args: z.array(z.string()),
      envNames: z.array(z.string()),
      cwd: z.string().optional(),
    }),
  ]),
  createdAt: z.string(),
});
export type McpServer = z.infer<typeof McpServerSchema>;
export const McpServerListSchema = z.object({ data: z.array(McpServerSchema) });

/** What registering a server sends; header and environment values are secrets the server seals. */
export type McpTransportInput =
  | { type: 'http'; url: string; headers?: Record<string, string> }
  | { type: 'stdio'; command: string; args?: string[]; env?: Record<string, string>; cwd?: string };
