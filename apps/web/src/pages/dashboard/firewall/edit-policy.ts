import type { DetectorConfig, Direction, FirewallMode, Policy } from '../../../api/firewall-schemas';

/**
 * A change the cockpit makes to a policy: the mode, or one detector's switch, action, per-direction action or
 * threshold. Everything the change does not name is kept as it was, including fields the dashboard does not know.
 */
export type PolicyEdit =
  | { kind: 'mode'; mode: FirewallMode }
  | { kind: 'detector'; detector: string; patch: Partial<Pick<DetectorConfig, 'enabled' | 'action' | 'threshold'>> }
  | { kind: 'direction-action'; detector: string; direction: Direction; action: DetectorConfig['action'] };

/**
 * Applies one edit and returns a new policy; the input is never changed (it is TanStack Query's cached data).
 *
 * @example
 * editPolicy(policy, { kind: 'detector', detector: 'pii', patch: { action: 'redact' } })
 */
export function editPolicy(policy: Policy, edit: PolicyEdit): Policy {
  if (edit.kind === 'mode') return { ...policy, mode: edit.mode };
  const detectors = policy.detectors ?? {};
  const current = detectors[edit.detector] ?? {};
  let next: DetectorConfig;
  if (edit.kind === 'detector') {
    next = { ...current, ...edit.patch };
  } else {
    const directionActions = { ...current.directionActions };
    if (edit.action === undefined) delete directionActions[edit.direction];
    else directionActions[edit.direction] = edit.action;
    next = { ...current, directionActions };
  }
  return { ...policy, detectors: { ...detectors, [edit.detector]: next } };
}

/**
 * Whether two policies differ (the save bar shows while the draft differs from the stored policy).
 *
 * @example
 * policyChanged(stored, draft) // true after a switch was flipped
 */
export function policyChanged(a: Policy, b: Policy): boolean {
  return stableJson(a) !== stableJson(b);
}

function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}
