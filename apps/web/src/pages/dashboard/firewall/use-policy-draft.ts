import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { firewallPolicyKey, firewallPolicyQueryOptions, putFirewallPolicy } from '../../../api/firewall-policy';
import type { Policy, StoredPolicy } from '../../../api/firewall-schemas';
import { editPolicy, type PolicyEdit, policyChanged } from './edit-policy';

/**
 * A scope's stored policy and the user's unsaved edits of it. `draft` is the policy as the user sees it (the stored
 * one until something is edited); `save` stores it as a new version, `remove` deletes the scope's own policy so the
 * next scope (organization, then the default) applies again.
 *
 * @example
 * const policy = usePolicyDraft({ appId: null });
 * policy.edit({ kind: 'mode', mode: 'shadow' }); policy.save.mutate();
 */
export function usePolicyDraft({ appId }: { appId: string | null }) {
  const queryClient = useQueryClient();
  const query = useQuery(firewallPolicyQueryOptions(appId));
  const [edited, setEdited] = useState<Policy | null>(null);
  const stored = query.data?.policy;
  const draft = edited ?? stored;
  const dirty = Boolean(edited && stored && policyChanged(edited, stored));

  const settle = (saved: StoredPolicy) => {
    queryClient.setQueryData(firewallPolicyKey(appId), saved);
    // Apps without their own policy inherit the organization's: their cached answers are stale now.
    void queryClient.invalidateQueries({ queryKey: ['firewall', 'policy'] });
    setEdited(null);
  };

  const save = useMutation({
    mutationFn: () => {
      if (!draft) throw new Error('The policy has not loaded yet.');
      return putFirewallPolicy({ appId, policy: draft });
    },
    onSuccess: settle,
  });
  const remove = useMutation({
    mutationFn: () => putFirewallPolicy({ appId, policy: null }),
    onSuccess: settle,
  });

  return {
    query,
    draft,
    dirty,
    /** Start editing from a given policy (e.g. an agent's first own policy, copied from the organization's). */
    begin: (policy: Policy) => setEdited(structuredClone(policy)),
    edit: (change: PolicyEdit) => {
      if (draft) setEdited(editPolicy(draft, change));
    },
    discard: () => setEdited(null),
    /** Unsaved edits exist (possibly equal to the stored policy again). */
    editing: edited !== null,
    /** An agent's first own policy is being prepared: saving creates it even when nothing was changed yet. */
    creating: appId !== null && edited !== null && query.data?.source !== 'app',
    save,
    remove,
  };
}

export type PolicyDraft = ReturnType<typeof usePolicyDraft>;
