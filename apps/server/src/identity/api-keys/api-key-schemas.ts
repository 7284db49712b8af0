import { z } from '@hono/zod-openapi';
import { API_KEY_SCOPES } from '../access/permissions.js';

export const ApiKeyScopeSchema = z.enum(API_KEY_SCOPES).openapi('ApiKeyScope');

export const ApiKeySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    prefix: z.string().openapi({ description: 'The first characters of the key, to tell keys apart.' }),
    scopes: z.array(ApiKeyScopeSchema),
    createdByUserId: z.string().nullable(),
    createdAt: z.iso.datetime(),
    lastUsedAt: z.iso.datetime().nullable(),
    expiresAt: z.iso.datetime().nullable(),
    revokedAt: z.iso.datetime().nullable(),
  })
  .openapi('ApiKey');
export type ApiKey = z.infer<typeof ApiKeySchema>;

export const CreatedApiKeySchema = ApiKeySchema.extend({
  secret: z.string().openapi({ description: 'The key itself. Shown only in this response; store it now.' }),
}).openapi('CreatedApiKey');

export const CreateApiKeyBodySchema = z
  .object({
    name: z.string().trim().min(1).max(100),
    scopes: z.array(ApiKeyScopeSchema).min(1).max(API_KEY_SCOPES.length).optional(),
    expiresAt: z.iso
      .datetime({ offset: true })
      .refine((value) => new Date(value).getTime() > Date.now(), { message: 'must be in the future' })
      .optional(),
  })
  .openapi('CreateApiKeyBody');
export type CreateApiKeyBody = z.infer<typeof CreateApiKeyBodySchema>;

export const ApiKeyListSchema = z.object({ data: z.array(ApiKeySchema) }).openapi('ApiKeyList');
