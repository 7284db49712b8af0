import type { Detector, DetectorFinding } from '../detectors/detector.js';
import { createTextViews } from '../normalize/create-text-views.js';
import { DEFAULT_POLICY } from '../policy/default-policy.js';
import { type PolicyInput, PolicySchema } from '../policy/policy-schema.js';
import { DEFAULT_RESOURCES, type FirewallResources } from '../resources.js';
import type { Direction } from '../verdict.js';

/**
 * Runs one detector on one text, as the analyzer would, for tests: `options` are the detector's options, `policy`
 * the rest of a policy (banned words, custom patterns…).
 *
 * @example detectWith({ detector: piiDetector, text: 'a@b.example' })
 */
export function detectWith<State>({
  detector,
  text,
  direction = 'input',
  options,
  policy,
  conversationTerms = [],
  resources = DEFAULT_RESOURCES,
}: {
  detector: Detector<State>;
  text: string;
  direction?: Direction;
  options?: Record<string, unknown>;
  policy?: Omit<PolicyInput, 'version'>;
  conversationTerms?: string[];
  resources?: FirewallResources;
}): DetectorFinding[] {
  const parsed = policy ? PolicySchema.parse({ version: 1, ...policy }) : DEFAULT_POLICY;
  const state = detector.prepare ? detector.prepare({ options, policy: parsed }) : (undefined as State);
  return detector.detect({
    text,
    direction,
    views: createTextViews(text),
    state,
    conversationTerms,
    systemPrompt: undefined,
    resources,
  });
}

/** The original substrings a detector's findings cover, for readable assertions. */
export function coveredTexts({ text, findings }: { text: string; findings: readonly DetectorFinding[] }): string[] {
  return findings.map((finding) => text.slice(finding.start ?? 0, finding.end ?? 0));
}
