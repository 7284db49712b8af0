import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { Db } from '@sigmacode/db';
import type { SecretBox } from '@sigmacode/engine';
import type { AppEnv } from '../http/app-env.js';
import { validationHook } from '../http/errors/validation-hook.js';
import { consoleRoute, principalOf } from '../identity/access/index.js';
import { consoleErrorResponses } from '../routes/console-error-responses.js';
import { jsonContent } from '../routes/json-content.js';
import type { McpNetworkPolicy } from './check-mcp-url.js';
import { LIST_TOOLS_TIMEOUT_MS, listTools } from './list-tools.js';
import { deleteMcpServer, listMcpServers, saveMcpServer } from './mcp-servers.js';
import {
  McpServerListSchema,
  McpServerNameSchema,
  McpServerSchema,
  PutMcpServerBodySchema,
  ToolCatalogSchema,
} from './tool-schemas.js';

const tags = ['Tools and MCP servers'];
const errors = consoleErrorResponses;
const params = z.object({ name: McpServerNameSchema });

const listToolsRoute = consoleRoute({
  access: 'apps:read',
  method: 'get',
  path: '/api/tools',
  tags,
  summary: "The tools apps can use: built-in tools and the tools of the organization's MCP servers",
  description:
    'Each MCP server is contacted (at most 5 s; answers are cached for 30 s). A server that fails is listed with ' +
    '`error` instead of `tools`. Ids are what an app config lists: built-in names or `mcp:<server>/<tool>`.',
  responses: { 200: { description: 'The tool catalog.', ...jsonContent(ToolCatalogSchema) }, ...errors },
});
const listServersRoute = consoleRoute({
  access: 'providers:read',
  method: 'get',
  path: '/api/mcp-servers',
  tags,
  summary: "The organization's MCP servers (header and variable names only, never their values)",
  responses: { 200: { description: 'Servers by name.', ...jsonContent(McpServerListSchema) }, ...errors },
});
const putServerRoute = consoleRoute({
  access: 'providers:manage',
  method: 'put',
  path: '/api/mcp-servers/{name}',
  tags,
  summary: 'Register or replace an MCP server; header and environment values are encrypted',
  description:
    'HTTP servers must have a public address unless the operator allowed the host. stdio servers run a command ' +
    'on the platform host: only platform operators may register them.',
  request: { params, body: { required: true, ...jsonContent(PutMcpServerBodySchema) } },
  responses: { 200: { description: 'The server, without secret values.', ...jsonContent(McpServerSchema) }, ...errors },
});
const deleteServerRoute = consoleRoute({
  access: 'providers:manage',
  method: 'delete',
  path: '/api/mcp-servers/{name}',
  tags,
  summary: 'Delete an MCP server',
  request: { params },
  responses: { 204: { description: 'Deleted.' }, ...errors },
});

/**
 * The tool catalog and the organization's MCP servers. `policy.allowHosts` lists private or loopback hosts HTTP
 * MCP servers may use (the operator's choice; empty by default).
 *
 * @example app.route('/', toolRoutes({ db, box, policy: { allowHosts: ['mcp.intranet'] } }))
 */
export function toolRoutes({
  db,
  box,
  policy = {},
  listTimeoutMs = LIST_TOOLS_TIMEOUT_MS,
}: {
  db: Db;
  box: SecretBox;
  policy?: McpNetworkPolicy;
  listTimeoutMs?: number;
}): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(listToolsRoute, async (c) => {
    const organizationId = principalOf(c).organizationId;
    return c.json(await listTools({ db, box, organizationId, policy, timeoutMs: listTimeoutMs }), 200);
  });
  app.openapi(listServersRoute, async (c) => {
    return c.json({ data: await listMcpServers({ db, organizationId: principalOf(c).organizationId }) }, 200);
  });
  app.openapi(putServerRoute, async (c) => {
    const saved = await saveMcpServer({
      db,
      box,
      principal: principalOf(c),
      name: c.req.valid('param').name,
      transport: c.req.valid('json').transport,
      policy,
    });
    return c.json(saved, 200);
  });
  app.openapi(deleteServerRoute, async (c) => {
    await deleteMcpServer({ db, organizationId: principalOf(c).organizationId, name: c.req.valid('param').name });
    return c.body(null, 204);
  });
  return app;
}
