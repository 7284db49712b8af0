import { type ModelCatalogResponse, ModelCatalogResponseSchema } from '@sigmacode/core';
import { queryOptions } from '@tanstack/react-query';
import { fetchJson } from './fetch-json';

/** `GET /api/models`: the model catalog (public; availability for the signed-in organization). */
export function getModels({ signal }: { signal?: AbortSignal } = {}): Promise<ModelCatalogResponse> {
  return fetchJson({ path: '/api/models', schema: ModelCatalogResponseSchema, init: signal ? { signal } : {} });
}

/** The catalog changes only with deployments and provider setup; a minute is fresh enough. */
export function modelsQueryOptions() {
  return queryOptions({
    queryKey: ['models'],
    queryFn: ({ signal }) => getModels({ signal }),
    staleTime: 60_000,
  });
}
