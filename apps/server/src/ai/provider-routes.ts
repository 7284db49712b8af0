import { OpenAPIHono, z } from '@hono/zod-openapi';
import { CatalogModelSchema } from '@sigmacode/core';
import type { Db } from '@sigmacode/db';
import { MODEL_CATALOG, type SecretBox } from '@sigmacode/engine';
import { recordAudit } from '../audit/record-audit.js';
import type { AppEnv } from '../http/app-env.js';
import { validationHook } from '../http/errors/validation-hook.js';
import { consoleRoute, principalOf } from '../identity/access/index.js';
import { consoleErrorResponses } from '../routes/console-error-responses.js';
import { jsonContent } from '../routes/json-content.js';
import type { AiConfig } from './ai-config.js';
import { deleteProviderCredential, listProviderCredentials, saveProviderCredential } from './provider-credentials.js';

const tags = ['Models and providers'];
const errors = consoleErrorResponses;

const NameSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, { message: 'lowercase letters, digits and hyphens, up to 40' })
  .openapi({ example: 'openai' });

const CredentialSchema = z
  .object({
    id: z.string(),
    name: NameSchema,
    type: z.string(),
    settings: z
      .record(z.string(), z.unknown())
      .openapi({ description: 'The non-secret part (base URL, resource, …).' }),
    hasApiKey: z.boolean().openapi({ description: 'Whether a key is stored. Keys are never returned.' }),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .openapi('ProviderCredential');

const PutCredentialBodySchema = z
  .object({
    config: z.record(z.string(), z.unknown()).openapi({
      description:
        'The provider configuration: `{ type: "openai" | "anthropic" | "azure" | "google" | "mistral" | "ollama" | "openai-compatible", apiKey?, baseURL?, resourceName?, apiVersion?, headers? }`.',
      example: { type: 'openai', apiKey: 'sk-…' },
    }),
  })
  .strict()
  .openapi('PutProviderCredentialBody');

const ModelSchema = CatalogModelSchema;

const listModelsRoute = consoleRoute({
  access: 'public',
  method: 'get',
  path: '/api/models',
  tags,
  summary:
    "The model catalog with capabilities and default prices; `available` says whether a provider is configured (for the caller's organization when signed in)",
  responses: { 200: { description: 'Models.', ...jsonContent(z.object({ data: z.array(ModelSchema) })) }, ...errors },
});
const listProvidersRoute = consoleRoute({
  access: 'providers:read',
  method: 'get',
  path: '/api/providers',
  tags,
  summary: "The organization's provider credentials (never their keys) and the platform's providers",
  responses: {
    200: {
      description: 'Credentials.',
      ...jsonContent(z.object({ data: z.array(CredentialSchema), platform: z.array(z.string()) })),
    },
    ...errors,
  },
});
const putProviderRoute = consoleRoute({
  access: 'providers:manage',
  method: 'put',
  path: '/api/providers/{name}',
  tags,
  summary: 'Store a provider credential under a name (models are then `<name>/<model>`); the key is encrypted',
  request: {
    params: z.object({ name: NameSchema }),
    body: { required: true, ...jsonContent(PutCredentialBodySchema) },
  },
  responses: { 200: { description: 'The credential, without its key.', ...jsonContent(CredentialSchema) }, ...errors },
});
const deleteProviderRoute = consoleRoute({
  access: 'providers:manage',
  method: 'delete',
  path: '/api/providers/{name}',
  tags,
  summary: 'Delete a provider credential',
  request: { params: z.object({ name: NameSchema }) },
  responses: { 204: { description: 'Deleted.' }, ...errors },
});

/**
 * The model catalog and the organization's provider credentials.
 *
 * @example app.route('/', providerRoutes({ db, box, ai }))
 */
export function providerRoutes({ db, box, ai }: { db: Db; box: SecretBox; ai: AiConfig }): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(listModelsRoute, async (c) => {
    const principal = c.get('principal');
    const own = principal ? await listProviderCredentials({ db, organizationId: principal.organizationId }) : [];
    const configured = new Set<string>([
      ...Object.keys(ai.providers),
      ...own.map((credential) => credential.type),
      'sigmacode',
    ]);
    const data = MODEL_CATALOG.map((entry) => ({ ...entry, available: configured.has(entry.provider) }));
    return c.json({ data }, 200);
  });
  app.openapi(listProvidersRoute, async (c) => {
    const data = await listProviderCredentials({ db, organizationId: principalOf(c).organizationId });
    return c.json({ data, platform: Object.keys(ai.providers).sort() }, 200);
  });
  app.openapi(putProviderRoute, async (c) => {
    const principal = principalOf(c);
    const saved = await saveProviderCredential({
      db,
      box,
      organizationId: principal.organizationId,
      name: c.req.valid('param').name,
      config: c.req.valid('json').config,
      userId: principal.kind === 'user' ? principal.userId : principal.createdByUserId,
    });
    // The key itself never goes into the log: only which provider, and the settings shown in clear anyway.
    await recordAudit({
      c,
      db,
      event: { action: 'provider.credential_saved', targetType: 'provider', targetId: c.req.valid('param').name },
    });
    return c.json(saved, 200);
  });
  app.openapi(deleteProviderRoute, async (c) => {
    await deleteProviderCredential({
      db,
      organizationId: principalOf(c).organizationId,
      name: c.req.valid('param').name,
    });
    await recordAudit({
      c,
      db,
      event: { action: 'provider.credential_removed', targetType: 'provider', targetId: c.req.valid('param').name },
    });
    return c.body(null, 204);
  });
  return app;
}
