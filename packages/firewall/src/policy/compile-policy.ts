import type { Detector } from '../detectors/detector.js';
import { DETECTORS } from '../detectors/registry.js';
import type { Direction } from '../verdict.js';
import { DEFAULT_POLICY } from './default-policy.js';
import type { DetectorAction, DetectorConfig, Policy } from './policy-schema.js';

export interface CompiledDetector {
  readonly detector: Detector;
  readonly state: unknown;
  readonly directions: ReadonlySet<Direction>;
  readonly actions: Readonly<Record<Direction, DetectorAction>>;
  readonly threshold: number;
}

/** A policy with everything per-policy done once: detector configs merged with the defaults, states prepared. */
export interface CompiledPolicy {
  readonly policy: Policy;
  readonly detectors: readonly CompiledDetector[];
  readonly allowPatterns: readonly RegExp[];
}

const FALLBACK: DetectorConfig = { enabled: true, action: 'allow' };
const cache = new WeakMap<Policy, CompiledPolicy>();

/**
 * Compiles a parsed policy, once per policy object (cached weakly: keep using the same object and the work is done
 * once; a new object is compiled anew). Detectors the policy does not configure run as in DEFAULT_POLICY.
 *
 * @example const compiled = compilePolicy(DEFAULT_POLICY);
 */
export function compilePolicy(policy: Policy): CompiledPolicy {
  const cached = cache.get(policy);
  if (cached) return cached;
  const detectors: CompiledDetector[] = [];
  for (const detector of DETECTORS as readonly Detector[]) {
    const config = policy.detectors[detector.id] ?? DEFAULT_POLICY.detectors[detector.id] ?? FALLBACK;
    if (!config.enabled) continue;
    const byDirection = config.directionActions ?? {};
    detectors.push({
      detector,
      state: detector.prepare?.({ options: config.options, policy }),
      directions: new Set(config.directions ?? detector.directions),
      actions: {
        input: byDirection.input ?? config.action,
        output: byDirection.output ?? config.action,
        context: byDirection.context ?? config.action,
      },
      threshold: config.threshold ?? 0,
    });
  }
  const compiled: CompiledPolicy = {
    policy,
    detectors,
    allowPatterns: policy.allowlist.patterns.map((pattern) => new RegExp(pattern, 'gu')),
  };
  cache.set(policy, compiled);
  return compiled;
}
