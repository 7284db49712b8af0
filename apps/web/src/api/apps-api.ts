import { queryOptions } from '@tanstack/react-query';
import {
  type App,
  AppListSchema,
  AppSchema,
  AppVersionListSchema,
  type CreateAppInput,
  type UpdateAppInput,
} from './apps-schemas';
import { fetchJson } from './fetch-json';
import { sendJson, sendNoContent } from './send-json';

export const APPS_QUERY_KEY = ['apps'] as const;

/** `GET /api/apps`: the organization's apps, as a query. */
export function appsQueryOptions() {
  return queryOptions({
    queryKey: APPS_QUERY_KEY,
    queryFn: ({ signal }) => fetchJson({ path: '/api/apps', schema: AppListSchema, init: { signal } }),
  });
}

/** `GET /api/apps/{id}`: one app with its current configuration, as a query. */
export function appQueryOptions(appId: string) {
  return queryOptions({
    queryKey: [...APPS_QUERY_KEY, appId],
    queryFn: ({ signal }) =>
      fetchJson({ path: `/api/apps/${encodeURIComponent(appId)}`, schema: AppSchema, init: { signal } }),
  });
}

/** `GET /api/apps/{id}/versions`: the app's configuration versions, newest first. */
export function appVersionsQueryOptions(appId: string) {
  return queryOptions({
    queryKey: [...APPS_QUERY_KEY, appId, 'versions'],
    queryFn: ({ signal }) =>
      fetchJson({
        path: `/api/apps/${encodeURIComponent(appId)}/versions`,
        schema: AppVersionListSchema,
        init: { signal },
      }),
  });
}

/**
 * `POST /api/apps`: creates an app (an agent) with version 1 of its configuration.
 *
 * @example
 * const app = await createApp({ name: 'Support', description: '', mode: 'chat', config: { model: 'sigmacode/echo' } });
 */
export function createApp(input: CreateAppInput): Promise<App> {
  return sendJson({ method: 'POST', path: '/api/apps', body: input, schema: AppSchema });
}

/**
 * `PATCH /api/apps/{id}`: renames it, or stores a whole new configuration as the next version.
 *
 * @example
 * await updateApp({ appId, input: { config: { ...app.config, systemPrompt: 'Be brief.' } } });
 */
export function updateApp({ appId, input }: { appId: string; input: UpdateAppInput }): Promise<App> {
  return sendJson({ method: 'PATCH', path: `/api/apps/${encodeURIComponent(appId)}`, body: input, schema: AppSchema });
}

/**
 * `DELETE /api/apps/{id}`: deletes the app with its keys, conversations and versions.
 *
 * @example
 * await deleteApp({ appId });
 */
export function deleteApp({ appId }: { appId: string }): Promise<void> {
  return sendNoContent({ method: 'DELETE', path: `/api/apps/${encodeURIComponent(appId)}` });
}
