import { queryOptions } from '@tanstack/react-query';
import { fetchJson } from './fetch-json';
import {
  ApiKeyListSchema,
  ApiKeySchema,
  type CreatedApiKey,
  CreatedApiKeySchema,
  type KeyScope,
} from './identity-schemas';
import { sendJson } from './send-json';

/** The organization's API keys (never their secrets). */
export function apiKeysQueryOptions() {
  return queryOptions({
    queryKey: ['keys'],
    queryFn: ({ signal }) => fetchJson({ path: '/api/keys', schema: ApiKeyListSchema, init: { signal } }),
  });
}

/**
 * Creates an organization API key; the answer carries the secret, which is never shown again.
 *
 * @example
 * const { secret } = await createApiKey({ name: 'CI', scopes: ['chat'] });
 */
export function createApiKey({
  name,
  scopes,
  expiresAt,
}: {
  name: string;
  scopes: KeyScope[];
  expiresAt?: string;
}): Promise<CreatedApiKey> {
  return sendJson({
    method: 'POST',
    path: '/api/keys',
    body: { name, scopes, ...(expiresAt ? { expiresAt } : {}) },
    schema: CreatedApiKeySchema,
  });
}

/** Revokes a key; calls with it fail from then on. */
export function revokeApiKey({ id }: { id: string }) {
  return sendJson({ method: 'DELETE', path: `/api/keys/${encodeURIComponent(id)}`, schema: ApiKeySchema });
}
