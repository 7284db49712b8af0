import { type AnalyzeOptions, analyze, createGuardClient, type Verdict } from '@sigmacode/firewall';

/**
 * How the platform reaches SigmaGuard: in process (the default) or, when FIREWALL_URL is set, the standalone
 * service. Everything in the server checks text through this one interface.
 *
 * @example const verdict = await firewall.analyze({ text, direction: 'input', policy })
 */
export interface FirewallGateway {
  readonly kind: 'in-process' | 'remote';
  analyze(options: AnalyzeOptions): Promise<Verdict>;
}

/**
 * The gateway the configuration asks for. Remotely, a pseudonym vault cannot cross the wire: `pseudonymize`
 * findings come back as the service's placeholders and are not restored in answers (use in-process for that).
 *
 * @example const firewall = createFirewallGateway({ firewallUrl: process.env.FIREWALL_URL })
 */
export function createFirewallGateway({
  firewallUrl,
  firewallApiKey,
}: {
  firewallUrl?: string | undefined;
  firewallApiKey?: string | undefined;
}): FirewallGateway {
  if (!firewallUrl) return { kind: 'in-process', analyze: (options) => analyze(options) };
  const client = createGuardClient({ url: firewallUrl, ...(firewallApiKey ? { apiKey: firewallApiKey } : {}) });
  return {
    kind: 'remote',
    analyze: ({ text, direction, policy, systemPrompt, conversationTerms, canary }) =>
      client.analyze({
        text,
        direction,
        ...(policy ? { policy } : {}),
        ...(systemPrompt !== undefined ? { systemPrompt } : {}),
        ...(conversationTerms ? { conversationTerms: [...conversationTerms] } : {}),
        ...(canary ? { canary } : {}),
      }),
  };
}
