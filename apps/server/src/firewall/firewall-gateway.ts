import { type AnalyzeOptions, analyze, type Verdict } from '@sigmacode/firewall';

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
 * The in-process gateway: the library itself.
 *
 * @example const firewall = inProcessFirewall()
 */
export function inProcessFirewall(): FirewallGateway {
  return { kind: 'in-process', analyze: (options) => analyze(options) };
}
