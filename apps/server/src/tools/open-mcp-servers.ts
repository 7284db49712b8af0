import { createHash } from 'node:crypto';
import { type Db, schema } from '@sigmacode/db';
import type { McpTransportConfig, SecretBox } from '@sigmacode/engine';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { McpServerSecret } from './mcp-servers.js';
import { StoredMcpTransportSchema } from './tool-schemas.js';

/** A stored MCP server ready to connect to: its transport with the secret values opened. */
export interface OpenedMcpServer {
  name: string;
  transport: McpTransportConfig;
  /** Changes whenever the server is saved again (the sealed secret has a fresh IV each time). */
  fingerprint: string;
}

/**
 * The organization's MCP servers (all, or those named) with their secrets opened, by name. For connecting only:
 * the result holds secret values and must never be returned to a caller.
 *
 * @example const [github] = await openMcpServers({ db, box, organizationId, names: ['github'] })
 */
export async function openMcpServers({
  db,
  box,
  organizationId,
  names,
}: {
  db: Db;
  box: SecretBox;
  organizationId: string;
  names?: readonly string[];
}): Promise<OpenedMcpServer[]> {
  if (names && names.length === 0) return [];
  const rows = await db
    .select()
    .from(schema.mcpServers)
    .where(
      and(
        eq(schema.mcpServers.organizationId, organizationId),
        names ? inArray(schema.mcpServers.name, [...names]) : undefined,
      ),
    )
    .orderBy(asc(schema.mcpServers.name));
  return rows.map((row) => {
    const stored = StoredMcpTransportSchema.parse(row.transport);
    const secret: McpServerSecret = row.sealedSecret ? JSON.parse(box.open(row.sealedSecret)) : {};
    const transport: McpTransportConfig =
      stored.type === 'http'
        ? { type: 'http', url: stored.url, ...(secret.headers ? { headers: secret.headers } : {}) }
        : {
            type: 'stdio',
            command: stored.command,
            args: stored.args,
            ...(secret.env ? { env: secret.env } : {}),
            ...(stored.cwd ? { cwd: stored.cwd } : {}),
          };
    const fingerprint = createHash('sha256')
      .update(`${row.id}\u0000${JSON.stringify(row.transport)}\u0000${row.sealedSecret ?? ''}`)
      .digest('base64url');
    return { name: row.name, transport, fingerprint };
  });
}
