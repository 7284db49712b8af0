import { z } from 'zod';

/**
 * How to reach an MCP server: a local process speaking over stdio, or a Streamable HTTP endpoint. Only operators
 * should configure stdio servers — they run a command on this machine.
 */
export const McpTransportSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('stdio'),
    command: z.string().min(1),
    args: z.array(z.string()).default([]),
    /** Added to a minimal default environment (PATH, HOME, …), never the server's full environment. */
    env: z.record(z.string(), z.string()).optional(),
    cwd: z.string().min(1).optional(),
  }),
  z.strictObject({
    type: z.literal('http'),
    url: z.url({ protocol: /^https?$/ }),
    headers: z.record(z.string().min(1), z.string()).optional(),
  }),
]);

/** A validated MCP transport configuration. */
export type McpTransportConfig = z.input<typeof McpTransportSchema>;
