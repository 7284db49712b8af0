import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { fetchJson } from './fetch-json';
import { type ThreatEventPage, ThreatEventPageSchema } from './firewall-schemas';

export interface ThreatEventFilter {
  action?: 'block' | 'redact' | 'allow' | undefined;
  appId?: string | undefined;
  limit?: number | undefined;
}

/** How often the cockpit's live feed asks for new events. */
export const EVENT_POLL_MS = 4_000;

/**
 * `GET /api/firewall/events`: blocks, redactions and shadow hits, newest first.
 *
 * @example
 * const { data } = await listThreatEvents({ filter: { action: 'block', limit: 20 } });
 */
export function listThreatEvents({
  filter = {},
  signal,
}: {
  filter?: ThreatEventFilter;
  signal?: AbortSignal;
}): Promise<ThreatEventPage> {
  const params = new URLSearchParams();
  if (filter.action) params.set('action', filter.action);
  if (filter.appId) params.set('appId', filter.appId);
  params.set('limit', String(filter.limit ?? 30));
  return fetchJson({
    path: `/api/firewall/events?${params}`,
    schema: ThreatEventPageSchema,
    init: signal ? { signal } : {},
  });
}

/** The live feed: polled every {@link EVENT_POLL_MS} while the page is visible; the old list stays while filtering. */
export function threatEventsQueryOptions(filter: ThreatEventFilter = {}) {
  return queryOptions({
    queryKey: ['firewall', 'events', filter],
    queryFn: ({ signal }) => listThreatEvents({ filter, signal }),
    refetchInterval: EVENT_POLL_MS,
    staleTime: 0,
    placeholderData: keepPreviousData,
  });
}
