import { queryOptions } from '@tanstack/react-query';
import { fetchJson } from './fetch-json';
import { type Policy, type StoredPolicy, StoredPolicySchema } from './firewall-schemas';
import { sendJson } from './send-json';

/** The query key of a scope's policy: the organization's (`appId` null) or an app's. */
export function firewallPolicyKey(appId: string | null) {
  return ['firewall', 'policy', appId ?? 'organization'] as const;
}

/**
 * `GET /api/firewall/policy`: the policy in force for the organization or an app, and where it comes from.
 *
 * @example
 * const { policy, source } = await getFirewallPolicy({ appId: null });
 */
export function getFirewallPolicy({
  appId,
  signal,
}: {
  appId: string | null;
  signal?: AbortSignal;
}): Promise<StoredPolicy> {
  const query = appId ? `?appId=${encodeURIComponent(appId)}` : '';
  return fetchJson({
    path: `/api/firewall/policy${query}`,
    schema: StoredPolicySchema,
    init: signal ? { signal } : {},
  });
}

/** The effective policy of a scope, as a query. */
export function firewallPolicyQueryOptions(appId: string | null) {
  return queryOptions({
    queryKey: firewallPolicyKey(appId),
    queryFn: ({ signal }) => getFirewallPolicy({ appId, signal }),
  });
}

/**
 * `PUT /api/firewall/policy`: stores a new version of the organization's (or an app's) policy; `null` removes it, so
 * the next scope (organization, then the default) applies. Answers with the policy now in force.
 *
 * @example
 * await putFirewallPolicy({ appId: null, policy: { ...policy, mode: 'shadow' } });
 */
export function putFirewallPolicy({
  appId,
  policy,
}: {
  appId: string | null;
  policy: Policy | null;
}): Promise<StoredPolicy> {
  return sendJson({
    method: 'PUT',
    path: '/api/firewall/policy',
    body: { ...(appId ? { appId } : {}), policy },
    schema: StoredPolicySchema,
  });
}
