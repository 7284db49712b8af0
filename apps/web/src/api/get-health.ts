import { type HealthResponse, HealthResponseSchema } from '@sigmacode/core';
import { fetchJson } from './fetch-json';

/**
 * `GET /api/health`. A 503 still carries a health body (status 'error' and the failing dependencies),
 * so it is returned as data rather than thrown.
 */
export function getHealth({ signal }: { signal?: AbortSignal } = {}): Promise<HealthResponse> {
  return fetchJson({
    path: '/api/health',
    schema: HealthResponseSchema,
    acceptStatus: [503],
    init: signal ? { signal } : {},
  });
}
