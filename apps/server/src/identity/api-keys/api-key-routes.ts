import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { Db } from '@sigmacode/db';
import { recordAudit } from '../../audit/record-audit.js';
import type { AppEnv } from '../../http/app-env.js';
import { validationHook } from '../../http/errors/validation-hook.js';
import { consoleErrorResponses } from '../../routes/console-error-responses.js';
import { jsonContent } from '../../routes/json-content.js';
import { consoleRoute, principalOf } from '../access/index.js';
import { ApiKeyListSchema, ApiKeySchema, CreateApiKeyBodySchema, CreatedApiKeySchema } from './api-key-schemas.js';
import { createApiKey } from './create-api-key.js';
import { listApiKeys } from './list-api-keys.js';
import { revokeApiKey } from './revoke-api-key.js';

const listKeys = consoleRoute({
  access: 'keys:read',
  method: 'get',
  path: '/api/keys',
  tags: ['API keys'],
  summary: "List the organization's API keys",
  responses: {
    200: { description: 'Keys (never their secrets).', ...jsonContent(ApiKeyListSchema) },
    ...consoleErrorResponses,
  },
});

const createKey = consoleRoute({
  access: 'keys:create',
  method: 'post',
  path: '/api/keys',
  tags: ['API keys'],
  summary: 'Create an API key; the secret is returned once',
  request: { body: { required: true, ...jsonContent(CreateApiKeyBodySchema) } },
  responses: {
    201: { description: 'The new key with its secret.', ...jsonContent(CreatedApiKeySchema) },
    ...consoleErrorResponses,
  },
});

const revokeKey = consoleRoute({
  access: 'keys:revoke',
  method: 'delete',
  path: '/api/keys/{id}',
  tags: ['API keys'],
  summary: 'Revoke an API key',
  request: { params: z.object({ id: z.string().min(1).max(64) }) },
  responses: { 200: { description: 'The revoked key.', ...jsonContent(ApiKeySchema) }, ...consoleErrorResponses },
});

export function apiKeyRoutes({ db }: { db: Db }): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(listKeys, async (c) => {
    const data = await listApiKeys({ db, organizationId: principalOf(c).organizationId });
    return c.json({ data }, 200);
  });
  app.openapi(createKey, async (c) => {
    const created = await createApiKey({ db, principal: principalOf(c), input: c.req.valid('json') });
    await recordAudit({
      c,
      db,
      event: {
        action: 'api_key.created',
        targetType: 'api_key',
        targetId: created.id,
        details: { name: created.name, prefix: created.prefix, scopes: created.scopes, expiresAt: created.expiresAt },
      },
    });
    return c.json(created, 201);
  });
  app.openapi(revokeKey, async (c) => {
    const revoked = await revokeApiKey({ db, principal: principalOf(c), keyId: c.req.valid('param').id });
    await recordAudit({
      c,
      db,
      event: {
        action: 'api_key.revoked',
        targetType: 'api_key',
        targetId: revoked.id,
        details: { name: revoked.name, prefix: revoked.prefix },
      },
    });
    return c.json(revoked, 200);
  });
  return app;
}
