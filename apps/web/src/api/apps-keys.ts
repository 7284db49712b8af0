import { queryOptions } from '@tanstack/react-query';
import { fetchJson } from './fetch-json';
import { ApiKeyListSchema, ApiKeySchema, type CreatedApiKey, CreatedApiKeySchema } from './identity-schemas';
import { sendJson } from './send-json';

/** The query key of an app's keys. */
export function appKeysKey(appId: string) {
  return ['apps', appId, 'keys'] as const;
}

/** `GET /api/apps/{id}/keys`: the app's keys (never their secrets), newest first. */
export function appKeysQueryOptions(appId: string) {
  return queryOptions({
    queryKey: appKeysKey(appId),
    queryFn: ({ signal }) =>
      fetchJson({ path: `/api/apps/${encodeURIComponent(appId)}/keys`, schema: ApiKeyListSchema, init: { signal } }),
  });
}

/**
 * `POST /api/apps/{id}/keys`: an app key (`app-…`) for the app's Dify-compatible API. The secret is in this answer
 * only; it cannot be shown again.
 *
 * @example
 * const { secret } = await createAppKey({ appId, name: 'Website widget' });
 */
export function createAppKey({ appId, name }: { appId: string; name: string }): Promise<CreatedApiKey> {
  return sendJson({
    method: 'POST',
    path: `/api/apps/${encodeURIComponent(appId)}/keys`,
    body: { name },
    schema: CreatedApiKeySchema,
  });
}

/**
 * `DELETE /api/apps/{id}/keys/{keyId}`: revokes an app key; callers using it get 401 from then on.
 *
 * @example
 * await revokeAppKey({ appId, keyId });
 */
export function revokeAppKey({ appId, keyId }: { appId: string; keyId: string }) {
  return sendJson({
    method: 'DELETE',
    path: `/api/apps/${encodeURIComponent(appId)}/keys/${encodeURIComponent(keyId)}`,
    schema: ApiKeySchema,
  });
}
