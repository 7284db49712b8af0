import { queryOptions } from '@tanstack/react-query';
import { fetchJson } from './fetch-json';
import { type FirewallStats, FirewallStatsSchema } from './firewall-schemas';

/**
 * `GET /api/firewall/stats`: threat-event counts by action, detector, category and day (the last 30 days).
 *
 * @example
 * const { byDetector } = await getFirewallStats();
 */
export function getFirewallStats({ signal }: { signal?: AbortSignal } = {}): Promise<FirewallStats> {
  return fetchJson({ path: '/api/firewall/stats', schema: FirewallStatsSchema, init: signal ? { signal } : {} });
}

/** Refreshed with the feed, a little less often. */
export function firewallStatsQueryOptions() {
  return queryOptions({
    queryKey: ['firewall', 'stats'],
    queryFn: ({ signal }) => getFirewallStats({ signal }),
    refetchInterval: 10_000,
  });
}
