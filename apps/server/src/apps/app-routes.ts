import { OpenAPIHono } from '@hono/zod-openapi';
import type { Db } from '@sigmacode/db';
import { recordAudit } from '../audit/record-audit.js';
import type { AppEnv } from '../http/app-env.js';
import { validationHook } from '../http/errors/validation-hook.js';
import { consoleRoute, principalOf } from '../identity/access/index.js';
import type { Principal } from '../identity/access/principal.js';
import { ApiKeyListSchema, ApiKeySchema, CreatedApiKeySchema } from '../identity/api-keys/api-key-schemas.js';
import { consoleErrorResponses } from '../routes/console-error-responses.js';
import { jsonContent } from '../routes/json-content.js';
import { createAppKey, listAppKeys, revokeAppKey } from './app-keys.js';
import {
  AppIdParamsSchema,
  AppKeyParamsSchema,
  AppListSchema,
  AppSchema,
  AppVersionListSchema,
  CreateAppBodySchema,
  CreateAppKeyBodySchema,
  UpdateAppBodySchema,
} from './app-schemas.js';
import { findApp } from './find-app.js';
import { addApp, deleteApp, listApps, listAppVersions, type UpstreamSealing, updateApp } from './manage-apps.js';
import { toAppBody } from './to-app-body.js';

const tags = ['Apps'];
const errors = consoleErrorResponses;
const app = { description: 'The app.', ...jsonContent(AppSchema) };

const listRoute = consoleRoute({
  access: 'apps:read',
  method: 'get',
  path: '/api/apps',
  tags,
  summary: "The organization's apps",
  responses: { 200: { description: 'Apps, newest first.', ...jsonContent(AppListSchema) }, ...errors },
});
const createRoute = consoleRoute({
  access: 'apps:write',
  method: 'post',
  path: '/api/apps',
  tags,
  summary:
    'Create an app (chat, completion or agent-chat) on a model, or any Dify app (also workflow) behind the pipeline',
  request: { body: { required: true, ...jsonContent(CreateAppBodySchema) } },
  responses: { 201: app, ...errors },
});
const getRoute = consoleRoute({
  access: 'apps:read',
  method: 'get',
  path: '/api/apps/{id}',
  tags,
  summary: 'An app with its current configuration',
  request: { params: AppIdParamsSchema },
  responses: { 200: app, ...errors },
});
const updateRoute = consoleRoute({
  access: 'apps:write',
  method: 'patch',
  path: '/api/apps/{id}',
  tags,
  summary: "Change an app's name, description, configuration (a new version) or firewall policy",
  request: { params: AppIdParamsSchema, body: { required: true, ...jsonContent(UpdateAppBodySchema) } },
  responses: { 200: app, ...errors },
});
const deleteRoute = consoleRoute({
  access: 'apps:write',
  method: 'delete',
  path: '/api/apps/{id}',
  tags,
  summary: 'Delete an app, its conversations and its keys',
  request: { params: AppIdParamsSchema },
  responses: { 204: { description: 'Deleted.' }, ...errors },
});
const versionsRoute = consoleRoute({
  access: 'apps:read',
  method: 'get',
  path: '/api/apps/{id}/versions',
  tags,
  summary: 'Every configuration version of an app',
  request: { params: AppIdParamsSchema },
  responses: { 200: { description: 'Versions, newest first.', ...jsonContent(AppVersionListSchema) }, ...errors },
});
const createKeyRoute = consoleRoute({
  access: 'keys:create',
  method: 'post',
  path: '/api/apps/{id}/keys',
  tags,
  summary: "Create an app key (`app-…`) for the app's Dify-compatible API; the secret is shown once",
  request: { params: AppIdParamsSchema, body: { required: true, ...jsonContent(CreateAppKeyBodySchema) } },
  responses: { 201: { description: 'The key with its secret.', ...jsonContent(CreatedApiKeySchema) }, ...errors },
});
const listKeysRoute = consoleRoute({
  access: 'keys:read',
  method: 'get',
  path: '/api/apps/{id}/keys',
  tags,
  summary: "The app's keys",
  request: { params: AppIdParamsSchema },
  responses: { 200: { description: 'Keys, newest first.', ...jsonContent(ApiKeyListSchema) }, ...errors },
});
const revokeKeyRoute = consoleRoute({
  access: 'keys:revoke',
  method: 'delete',
  path: '/api/apps/{id}/keys/{keyId}',
  tags,
  summary: 'Revoke an app key',
  request: { params: AppKeyParamsSchema },
  responses: { 200: { description: 'The revoked key.', ...jsonContent(ApiKeySchema) }, ...errors },
});

function userIdOf(principal: Principal): string | null {
  return principal.kind === 'user' ? principal.userId : principal.createdByUserId;
}

/**
 * Apps CRUD, their configuration versions and their app keys.
 *
 * @example app.route('/', appRoutes({ db }))
 */
export function appRoutes({ db, upstream }: { db: Db; upstream?: UpstreamSealing }): OpenAPIHono<AppEnv> {
  const routes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  routes.openapi(listRoute, async (c) => {
    const apps = await listApps({ db, organizationId: principalOf(c).organizationId });
    return c.json({ data: await Promise.all(apps.map((found) => toAppBody({ db, app: found }))) }, 200);
  });
  routes.openapi(createRoute, async (c) => {
    const principal = principalOf(c);
    const created = await addApp({
      db,
      organizationId: principal.organizationId,
      userId: userIdOf(principal),
      input: c.req.valid('json'),
      ...(upstream ? { upstream } : {}),
    });
    await recordAudit({
      c,
      db,
      event: {
        action: 'app.created',
        targetType: 'app',
        targetId: created.row.id,
        details: { name: created.row.name },
      },
    });
    return c.json(await toAppBody({ db, app: created }), 201);
  });
  routes.openapi(getRoute, async (c) => {
    const found = await findApp({ db, organizationId: principalOf(c).organizationId, appId: c.req.valid('param').id });
    return c.json(await toAppBody({ db, app: found }), 200);
  });
  routes.openapi(updateRoute, async (c) => {
    const principal = principalOf(c);
    const updated = await updateApp({
      db,
      organizationId: principal.organizationId,
      appId: c.req.valid('param').id,
      userId: userIdOf(principal),
      input: c.req.valid('json'),
      ...(upstream ? { upstream } : {}),
    });
    await recordAudit({
      c,
      db,
      event: {
        action: 'app.updated',
        targetType: 'app',
        targetId: updated.row.id,
        details: { fields: Object.keys(c.req.valid('json')).sort() },
      },
    });
    return c.json(await toAppBody({ db, app: updated }), 200);
  });
  routes.openapi(deleteRoute, async (c) => {
    await deleteApp({ db, organizationId: principalOf(c).organizationId, appId: c.req.valid('param').id });
    await recordAudit({
      c,
      db,
      event: { action: 'app.deleted', targetType: 'app', targetId: c.req.valid('param').id },
    });
    return c.body(null, 204);
  });
  routes.openapi(versionsRoute, async (c) => {
    const data = await listAppVersions({
      db,
      organizationId: principalOf(c).organizationId,
      appId: c.req.valid('param').id,
    });
    return c.json({ data }, 200);
  });
  routes.openapi(createKeyRoute, async (c) => {
    const key = await createAppKey({
      db,
      principal: principalOf(c),
      appId: c.req.valid('param').id,
      input: c.req.valid('json'),
    });
    await recordAudit({
      c,
      db,
      event: {
        action: 'app_key.created',
        targetType: 'api_key',
        targetId: key.id,
        details: { appId: c.req.valid('param').id, name: key.name, prefix: key.prefix },
      },
    });
    return c.json(key, 201);
  });
  routes.openapi(listKeysRoute, async (c) => {
    const data = await listAppKeys({
      db,
      organizationId: principalOf(c).organizationId,
      appId: c.req.valid('param').id,
    });
    return c.json({ data }, 200);
  });
  routes.openapi(revokeKeyRoute, async (c) => {
    const { id, keyId } = c.req.valid('param');
    const revoked = await revokeAppKey({ db, principal: principalOf(c), appId: id, keyId });
    await recordAudit({
      c,
      db,
      event: { action: 'app_key.revoked', targetType: 'api_key', targetId: keyId, details: { appId: id } },
    });
    return c.json(revoked, 200);
  });
  return routes;
}
