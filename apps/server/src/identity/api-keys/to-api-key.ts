import type { schema } from '@sigmacode/db';
import { type ApiKey, ApiKeySchema } from './api-key-schemas.js';

/** A stored key as the API shows it: parsed through the response schema, so the hash can never leave. */
export function toApiKey(row: typeof schema.apiKeys.$inferSelect): ApiKey {
  return ApiKeySchema.parse({
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scopes: row.scopes,
    createdByUserId: row.createdByUserId,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  });
}
