import type { LeakageState } from '../detectors/system-prompt-leakage/system-prompt-leakage-detector.js';
import { type OverlapTracker, trackPromptOverlap } from '../detectors/system-prompt-leakage/track-prompt-overlap.js';
import type { CompiledDetector, CompiledPolicy } from '../policy/compile-policy.js';
import type { Direction } from '../verdict.js';

/**
 * The checks a stream scanner runs over the whole stream instead of each window: the maximum length (a window is
 * never too long) and the system-prompt overlap (a copied run may span many windows). `windowPolicy` is the policy
 * without them — what each window is scanned with. The canary stays in the windows: it is short.
 */
export interface StreamRules {
  readonly windowPolicy: CompiledPolicy;
  readonly maxLength?: { readonly entry: CompiledDetector; readonly limit: number };
  readonly overlap?: { readonly entry: CompiledDetector; readonly tracker: OverlapTracker };
}

/**
 * Splits a compiled policy into what each window runs and the whole-stream checks, with a fresh overlap tracker.
 *
 * @example const rules = resolveStreamRules({ compiled: compilePolicy(policy), direction: 'output', systemPrompt });
 */
export function resolveStreamRules({
  compiled,
  direction,
  systemPrompt,
}: {
  compiled: CompiledPolicy;
  direction: Direction;
  systemPrompt: string | undefined;
}): StreamRules {
  const active = (id: string) =>
    compiled.detectors.find((entry) => entry.detector.id === id && entry.directions.has(direction));
  const lengthEntry = active('max-length');
  const limit = compiled.policy.maxLength;
  const leakageEntry = active('system-prompt-leakage');
  const leakage = leakageEntry?.state as LeakageState | undefined;
  return {
    windowPolicy: {
      ...compiled,
      detectors: compiled.detectors.filter((entry) => entry.detector.id !== 'max-length'),
    },
    ...(lengthEntry && limit !== undefined ? { maxLength: { entry: lengthEntry, limit } } : {}),
    ...(leakageEntry && leakage?.overlap && systemPrompt
      ? { overlap: { entry: leakageEntry, tracker: trackPromptOverlap({ systemPrompt, settings: leakage }) } }
      : {}),
  };
}
