import { AppError, isAppError, newId } from '@sigmacode/core';
import { type Db, schema } from '@sigmacode/db';
import type { SecretBox } from '@sigmacode/engine';
import { and, asc, count, eq } from 'drizzle-orm';
import type { Principal } from '../identity/access/principal.js';
import { checkMcpUrl, type McpNetworkPolicy } from './check-mcp-url.js';
import {
  type McpServerBody,
  McpServerNameSchema,
  type McpTransportInput,
  McpTransportInputSchema,
  type StoredMcpTransport,
  StoredMcpTransportSchema,
} from './tool-schemas.js';

/** The most MCP servers one organization may register (each is contacted when its tools are listed). */
export const MAX_MCP_SERVERS = 50;

/** The sealed part of a server: header values (HTTP) or environment values (stdio). */
export interface McpServerSecret {
  headers?: Record<string, string>;
  env?: Record<string, string>;
}

function isOperator(principal: Principal): boolean {
  return principal.kind === 'user' && principal.platformRole === 'admin';
}

function invalid(issues: { path: string; message: string }[]): AppError {
  return new AppError('VALIDATION_FAILED', {
    message: `Invalid ${issues[0]?.path}: ${issues[0]?.message}`,
    details: { issues },
  });
}

function split(transport: McpTransportInput): { stored: StoredMcpTransport; secret: McpServerSecret } {
  if (transport.type === 'http') {
    const headers = transport.headers ?? {};
    return {
      stored: { type: 'http', url: transport.url, headerNames: Object.keys(headers).sort() },
      secret: Object.keys(headers).length > 0 ? { headers } : {},
    };
  }
  const env = transport.env ?? {};
  return {
    stored: {
      type: 'stdio',
      command: transport.command,
      args: transport.args ?? [],
      envNames: Object.keys(env).sort(),
      ...(transport.cwd ? { cwd: transport.cwd } : {}),
    },
    secret: Object.keys(env).length > 0 ? { env } : {},
  };
}

function toBody(row: typeof schema.mcpServers.$inferSelect): McpServerBody {
  return {
    id: row.id,
    name: row.name,
    transport: StoredMcpTransportSchema.parse(row.transport),
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * Registers (or replaces) an organization's MCP server under a name. Header and environment values are sealed
 * with the secret box; the rest is stored in the clear. stdio servers run a command on the platform host, so only
 * platform operators may register them (FORBIDDEN otherwise). HTTP URLs must pass the SSRF rules of
 * {@link checkMcpUrl} (a refused address is VALIDATION_FAILED on `transport.url`).
 *
 * @example
 * await saveMcpServer({ db, box, principal, name: 'github', transport: { type: 'http', url, headers: { Authorization } } })
 */
export async function saveMcpServer({
  db,
  box,
  principal,
  name,
  transport,
  policy,
}: {
  db: Db;
  box: SecretBox;
  principal: Principal;
  name: string;
  transport: unknown;
  policy?: McpNetworkPolicy;
}): Promise<McpServerBody> {
  if (!McpServerNameSchema.safeParse(name).success) {
    throw invalid([{ path: 'name', message: 'lowercase letters, digits and hyphens, up to 40' }]);
  }
  const parsed = McpTransportInputSchema.safeParse(transport);
  if (!parsed.success) {
    throw invalid(
      parsed.error.issues.map((issue) => ({
        path: ['transport', ...issue.path.map(String)].join('.'),
        message: issue.message,
      })),
    );
  }
  if (parsed.data.type === 'stdio' && !isOperator(principal)) {
    throw new AppError('FORBIDDEN', {
      message: 'Only platform operators may register stdio MCP servers: they run a command on the platform host.',
      details: { required: 'platform-admin' },
    });
  }
  if (parsed.data.type === 'http') {
    try {
      await checkMcpUrl({ url: parsed.data.url, policy });
    } catch (error) {
      if (isAppError(error) && error.code === 'FORBIDDEN') {
        throw invalid([{ path: 'transport.url', message: error.message }]);
      }
      throw error;
    }
  }

  const organizationId = principal.organizationId;
  const { stored, secret } = split(parsed.data);
  const sealedSecret = Object.keys(secret).length > 0 ? box.seal(JSON.stringify(secret)) : null;
  const where = and(eq(schema.mcpServers.organizationId, organizationId), eq(schema.mcpServers.name, name));
  const [existing] = await db.select({ id: schema.mcpServers.id }).from(schema.mcpServers).where(where).limit(1);
  if (!existing) {
    const [counted] = await db
      .select({ n: count() })
      .from(schema.mcpServers)
      .where(eq(schema.mcpServers.organizationId, organizationId));
    if ((counted?.n ?? 0) >= MAX_MCP_SERVERS) {
      throw new AppError('CONFLICT', {
        message: `An organization may register at most ${MAX_MCP_SERVERS} MCP servers.`,
        details: { limit: MAX_MCP_SERVERS },
      });
    }
  }
  const [row] = await db
    .insert(schema.mcpServers)
    .values({ id: newId('mcp'), organizationId, name, transport: stored, sealedSecret })
    .onConflictDoUpdate({
      target: [schema.mcpServers.organizationId, schema.mcpServers.name],
      set: { transport: stored, sealedSecret },
    })
    .returning();
  if (!row) throw new AppError('INTERNAL', { message: 'The MCP server was not stored.' });
  return toBody(row);
}

/**
 * The organization's MCP servers, by name, without secret values (header and variable names only).
 *
 * @example const servers = await listMcpServers({ db, organizationId })
 */
export async function listMcpServers({
  db,
  organizationId,
}: {
  db: Db;
  organizationId: string;
}): Promise<McpServerBody[]> {
  const rows = await db
    .select()
    .from(schema.mcpServers)
    .where(eq(schema.mcpServers.organizationId, organizationId))
    .orderBy(asc(schema.mcpServers.name));
  return rows.map(toBody);
}

/**
 * Deletes an MCP server; a name the organization does not have (another organization's included) is NOT_FOUND.
 *
 * @example await deleteMcpServer({ db, organizationId, name: 'github' })
 */
export async function deleteMcpServer({
  db,
  organizationId,
  name,
}: {
  db: Db;
  organizationId: string;
  name: string;
}): Promise<void> {
  const deleted = await db
    .delete(schema.mcpServers)
    .where(and(eq(schema.mcpServers.organizationId, organizationId), eq(schema.mcpServers.name, name)))
    .returning({ id: schema.mcpServers.id });
  if (deleted.length === 0) {
    throw new AppError('NOT_FOUND', { message: `No MCP server named "${name}".`, details: { server: name } });
  }
}
