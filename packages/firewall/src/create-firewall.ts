import { type AnalyzeOptions, analyze, analyzeText } from './analyze.js';
import type { Blocklist } from './detectors/urls/load-blocklist.js';
import { mergeBlocklists } from './detectors/urls/load-blocklist.js';
import { compilePolicy } from './policy/compile-policy.js';
import { DEFAULT_POLICY } from './policy/default-policy.js';
import { parsePolicy } from './policy/parse-policy.js';
import type { Policy } from './policy/policy-schema.js';
import { DEFAULT_RESOURCES, type FirewallResources } from './resources.js';
import type { Verdict } from './verdict.js';

/**
 * A firewall bound to one policy (see createFirewall).
 *
 * @example const verdict = firewall.analyzeText({ text, direction: 'output' });
 */
export interface Firewall {
  readonly policy: Policy;
  analyzeText(options: Omit<AnalyzeOptions, 'policy' | 'resources'>): Verdict;
  analyze(options: Omit<AnalyzeOptions, 'policy' | 'resources'>): Promise<Verdict>;
}

/** @example { policy: storedPolicy, blocklists: { malicious: [loadBlocklist({ text: ownList })] } } */
export interface CreateFirewallOptions {
  /** A policy as stored (validated here; invalid → AppError VALIDATION_FAILED); default DEFAULT_POLICY. */
  policy?: unknown;
  /** More lists, searched after the shipped ones (see loadBlocklist). */
  blocklists?: { malicious?: readonly Blocklist[]; suspicious?: readonly Blocklist[] };
}

/**
 * A firewall bound to one policy: validated and compiled at construction, so a bad policy fails at start and each
 * check pays only for the text.
 *
 * @example
 * const firewall = createFirewall({ policy: { version: 1, mode: 'shadow' } });
 * const verdict = await firewall.analyze({ text: prompt, direction: 'input' });
 */
export function createFirewall({ policy, blocklists }: CreateFirewallOptions = {}): Firewall {
  const parsed = policy === undefined ? DEFAULT_POLICY : parsePolicy(policy);
  compilePolicy(parsed);
  const malicious = blocklists?.malicious ?? [];
  const suspicious = blocklists?.suspicious ?? [];
  const merged: { malicious?: Blocklist; suspicious?: Blocklist } = {};
  const resources: FirewallResources =
    malicious.length === 0 && suspicious.length === 0
      ? DEFAULT_RESOURCES
      : {
          maliciousDomains: () => {
            merged.malicious ??= mergeBlocklists([DEFAULT_RESOURCES.maliciousDomains(), ...malicious]);
            return merged.malicious;
          },
          suspiciousDomains: () => {
            merged.suspicious ??= mergeBlocklists([DEFAULT_RESOURCES.suspiciousDomains(), ...suspicious]);
            return merged.suspicious;
          },
        };
  return {
    policy: parsed,
    analyzeText: (options) => analyzeText({ ...options, policy: parsed, resources }),
    analyze: (options) => analyze({ ...options, policy: parsed, resources }),
  };
}
