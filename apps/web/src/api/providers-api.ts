import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { fetchJson } from './fetch-json';
import { sendJson, sendNoContent } from './send-json';

/** The provider types an organization can connect, as the server's provider configuration names them. */
export const PROVIDER_TYPES = [
  'openai',
  'anthropic',
  'azure',
  'google',
  'mistral',
  'ollama',
  'openai-compatible',
] as const;
export type ProviderType = (typeof PROVIDER_TYPES)[number];

export const ProviderCredentialSchema = z.object({
  id: z.string(),
  name: z.string(),
  type: z.string(),
  settings: z.record(z.string(), z.unknown()),
  hasApiKey: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ProviderCredential = z.infer<typeof ProviderCredentialSchema>;

export const ProviderListSchema = z.object({ data: z.array(ProviderCredentialSchema), platform: z.array(z.string()) });
export type ProviderList = z.infer<typeof ProviderListSchema>;

/** What connecting a provider sends; the key is sealed by the server and never sent back. */
export interface ProviderConfigInput {
  type: ProviderType;
  apiKey?: string;
  baseURL?: string;
  resourceName?: string;
  apiVersion?: string;
}

export const PROVIDERS_QUERY_KEY = ['providers'] as const;

/** `GET /api/providers`: the organization's credentials (never their keys) and the operator's platform providers. */
export function providersQueryOptions() {
  return queryOptions({
    queryKey: PROVIDERS_QUERY_KEY,
    queryFn: ({ signal }) => fetchJson({ path: '/api/providers', schema: ProviderListSchema, init: { signal } }),
  });
}

/**
 * `PUT /api/providers/{name}`: stores (or replaces) a credential; its models are then `<name>/<model>`.
 *
 * @example
 * await putProvider({ name: 'openai', config: { type: 'openai', apiKey: 'sk-…' } });
 */
export function putProvider({
  name,
  config,
}: {
  name: string;
  config: ProviderConfigInput;
}): Promise<ProviderCredential> {
  return sendJson({
    method: 'PUT',
    path: `/api/providers/${encodeURIComponent(name)}`,
    body: { config },
    schema: ProviderCredentialSchema,
  });
}

/**
 * `DELETE /api/providers/{name}`: removes a credential; agents using its models fail until it is replaced.
 *
 * @example
 * await deleteProvider({ name: 'openai' });
 */
export function deleteProvider({ name }: { name: string }): Promise<void> {
  return sendNoContent({ method: 'DELETE', path: `/api/providers/${encodeURIComponent(name)}` });
}
