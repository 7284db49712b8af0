import { queryOptions } from '@tanstack/react-query';
import { isApiError } from './api-error';
import { fetchJson } from './fetch-json';
import { type Me, MeSchema } from './identity-schemas';

/**
 * `GET /api/me`, or null when nobody is signed in (401). Everything the dashboard shows or hides by role reads
 * the permissions from here.
 *
 * @example
 * const me = await queryClient.ensureQueryData(meQueryOptions());
 */
export async function getMe({ signal }: { signal?: AbortSignal } = {}): Promise<Me | null> {
  try {
    return await fetchJson({ path: '/api/me', schema: MeSchema, init: signal ? { signal } : {} });
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export const ME_QUERY_KEY = ['me'] as const;

/** The caller, kept a minute; sign-in, sign-out and organization switches reset it. */
export function meQueryOptions() {
  return queryOptions({ queryKey: ME_QUERY_KEY, queryFn: ({ signal }) => getMe({ signal }), staleTime: 60_000 });
}

/** Whether the caller holds a permission (e.g. 'keys:create'). */
export function can(me: Me | null | undefined, permission: string): boolean {
  return Boolean(me?.permissions.includes(permission));
}
